"""Maps without Qt: the projection, the bundled base layers, the map scene and its rendering.

The window (``guide.ui.map``), the guides (``guide.pdf``) and the ``map``
command draw from the same :class:`~guide.maps.scene.MapScene`, so a shape
lies in the same place on screen and on paper.
"""
