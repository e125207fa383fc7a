from secondround.cli.app import run

run()
