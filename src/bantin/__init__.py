"""bantin: Vietnamese news by topic.

The library is the product: the CLI (`bantin.cli`) and the web app
(`bantin.web.app`) are thin layers over the public functions here.
"""

__version__ = "0.1.0"
