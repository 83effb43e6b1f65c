package org.hria.corporate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.opencsv.CSVWriter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The across-enterprises table as CSV (UTF-8 with BOM, for Korean Excel) and as XLSX. */
final class TableExport {

	static final List<String> HEADER = List.of("enterprise_id", "enterprise_name", "supervising_department", "year",
			"status", "overall", "level", "critical_gaps");

	private TableExport() {
	}

	static byte[] csv(List<AcrossEnterprises.Row> rows) {
		StringWriter out = new StringWriter();
		try (CSVWriter writer = new CSVWriter(out)) {
			writer.writeNext(HEADER.toArray(String[]::new));
			rows.forEach(row -> writer.writeNext(cells(row)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(List<AcrossEnterprises.Row> rows, int year) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("corporate-" + year);
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.size(); i++) {
				header.createCell(i).setCellValue(HEADER.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				AcrossEnterprises.Row row = rows.get(r);
				Row line = sheet.createRow(r + 1);
				String[] cells = cells(row);
				for (int c = 0; c < cells.length; c++) {
					line.createCell(c).setCellValue(cells[c]);
				}
				if (row.overall() != null) {
					line.getCell(5).setCellValue(row.overall().doubleValue());
				}
				if (row.level() != null) {
					line.getCell(6).setCellValue(row.level());
				}
				if (row.criticalGaps() != null) {
					line.getCell(7).setCellValue(row.criticalGaps());
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String[] cells(AcrossEnterprises.Row row) {
		return new String[] { safe(row.enterpriseId()), safe(row.enterpriseName()),
				row.supervisingDepartment() == null ? "" : safe(row.supervisingDepartment()), String.valueOf(row.year()),
				row.status(), row.overall() == null ? "" : row.overall().toPlainString(),
				row.level() == null ? "" : row.level().toString(),
				row.criticalGaps() == null ? "" : row.criticalGaps().toString() };
	}

	/** A cell a spreadsheet would run as a formula is kept as text. */
	private static String safe(String text) {
		return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
