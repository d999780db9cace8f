"""`python -m rightswatch` runs the command line."""

from rightswatch.cli.app import main

main()
