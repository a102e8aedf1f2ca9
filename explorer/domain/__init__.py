"""Pure domain core: no Qt, no pyqtgraph, no file or network I/O.

Everything here takes plain values and returns plain values, so the GUI, the
command line and the reports all compute through the same code.
"""
