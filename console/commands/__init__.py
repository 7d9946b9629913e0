"""One module per subcommand of main.py, each exposing run(args, rt) -> int."""
