"""Readers for policy letters (text, PDF, Word) producing one ParsedLetter structure."""
