"""Beyond the portals (issue 7): find premises for needs, the gaps view, data-quality badges and view."""
