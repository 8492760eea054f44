"""The command line: thin subcommands that parse, call the stages and print."""
