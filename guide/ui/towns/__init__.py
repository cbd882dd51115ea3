"""towns"""
