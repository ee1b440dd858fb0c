from asn_skills.cli import main

main()
