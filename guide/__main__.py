import sys

from guide.cli import main

sys.exit(main())
