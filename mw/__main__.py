from mw.cli import main

main()
