"""Render model -> .docx and .pdf."""
