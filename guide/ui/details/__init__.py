"""details"""
