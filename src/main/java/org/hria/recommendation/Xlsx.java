package org.hria.recommendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A report as an Excel workbook (Apache POI): the header lines, then one table with numbers as numbers. */
final class Xlsx {

	private Xlsx() {
	}

	static byte[] of(ReportModel report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(report.name());
			int line = 0;
			for (Map.Entry<String, String> entry : report.header().entrySet()) {
				Row row = sheet.createRow(line++);
				row.createCell(0).setCellValue(entry.getKey());
				row.createCell(1).setCellValue(Csv.safe(String.valueOf(entry.getValue())));
			}
			line++;
			Row head = sheet.createRow(line++);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (int c = 0; c < report.columns().size(); c++) {
				head.createCell(c).setCellValue(report.columns().get(c));
				head.getCell(c).setCellStyle(bold);
			}
			for (Map<String, Object> values : report.rows()) {
				Row row = sheet.createRow(line++);
				for (int c = 0; c < report.columns().size(); c++) {
					Object value = values.get(report.columns().get(c));
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(Csv.safe(value.toString()));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
