"""`python -m asn_skills` (`py -m asn_skills` on Windows): the same command line as `asn-skills`."""

from asn_skills.cli import main

if __name__ == "__main__":  # importing this module (a worker process, a tool listing modules) starts nothing
    main()
