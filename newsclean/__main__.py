"""python -m newsclean: the command-line interface."""

from newsclean.cli import main

main()
