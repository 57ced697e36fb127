"""The ``mw`` command (console script and ``python -m mw``).

``mw __complete ...`` (what the shell completions run on TAB) goes to :mod:`mw.complete` before the
CLI is built; everything else to :func:`mw.cli.main`.
"""
import sys


def main() -> None:
    if sys.argv[1:2] == ["__complete"]:
        from mw.complete import main as complete

        sys.exit(complete(sys.argv[2:]))
    from mw.cli import main as cli

    cli()


if __name__ == "__main__":
    main()
