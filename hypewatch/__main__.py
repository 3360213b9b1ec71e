from hypewatch.cli import main

main(prog_name="hypewatch")
