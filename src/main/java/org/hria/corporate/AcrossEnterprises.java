package org.hria.corporate;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Bureau's table of every enterprise's submitted assessment of a year, sortable by any column. */
@Service
class AcrossEnterprises {

	private final AssessmentRepository assessments;

	private final EnterpriseRepository enterprises;

	AcrossEnterprises(AssessmentRepository assessments, EnterpriseRepository enterprises) {
		this.assessments = assessments;
		this.enterprises = enterprises;
	}

	@Transactional(readOnly = true)
	List<Row> rows(int year, String sort, boolean descending) {
		Map<String, Enterprise> byId = enterprises.findAll().stream().collect(Collectors.toMap(Enterprise::getId, e -> e));
		List<Row> rows = assessments.findByYearAndStateOrderByEnterpriseId(year, Assessment.SUBMITTED).stream()
			.map(a -> new Row(a.getId(), a.getEnterpriseId(), byId.get(a.getEnterpriseId()).getName(),
					byId.get(a.getEnterpriseId()).getSupervisingDepartment(), a.getYear(), a.getStatus(),
					a.getOverall(), a.getLevel(), a.getCriticalGaps()))
			.toList();
		Comparator<Row> order = comparator(sort);
		return rows.stream().sorted(descending ? order.reversed() : order).toList();
	}

	private static Comparator<Row> comparator(String sort) {
		Function<Row, ? extends Comparable> key = switch (sort == null ? "" : sort) {
			case "overall" -> Row::overall;
			case "level" -> Row::level;
			case "criticalGaps" -> Row::criticalGaps;
			case "status" -> Row::status;
			default -> Row::enterpriseName;
		};
		@SuppressWarnings("unchecked")
		Comparator<Row> byKey = Comparator.comparing((Function<Row, Comparable>) key,
				Comparator.nullsFirst(Comparator.naturalOrder()));
		return byKey.thenComparing(Row::enterpriseId);
	}

	record Row(Long id, String enterpriseId, String enterpriseName, String supervisingDepartment, int year,
			String status, BigDecimal overall, Integer level, Integer criticalGaps) {
	}

}
