"""Printed documents (ReportLab): briefing packs, agenda run sheets, minutes, agreement sheets.

Plain data in (documents from :mod:`secretariat_app.reports.data`), PDF bytes out. Importing this
package imports no ReportLab; the modules that draw do.
"""
