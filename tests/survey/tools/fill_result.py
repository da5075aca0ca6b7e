"""Fills a 課's 実績 in a survey form with openpyxl, as another program would (not exceljs).

usage: fill_result.py IN.xlsx OUT.xlsx INITIATIVE_ID FISCAL_YEAR TEXT
The cell is found the way a person finds it: the block whose head reads "ID <id>", then the
row labelled 実績 under it and the column whose 年度 header starts with the fiscal year.
"""
import sys
import openpyxl

src, dst, initiative, fy, text = sys.argv[1:6]
wb = openpyxl.load_workbook(src)
ws = wb['回答']
top = next(r for r in range(1, ws.max_row + 1) for c in range(1, 13) if ws.cell(r, c).value == f'ID {initiative}')
def label_row(label):
    return next(r for r in range(top, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, str) and ws.cell(r, 1).value.startswith(label))
year_row = label_row('年度')
col = next(c for c in range(2, 13) if str(ws.cell(year_row, c).value or '').startswith(f'{fy}年度'))
ws.cell(label_row('実績'), col).value = text
wb.save(dst)
