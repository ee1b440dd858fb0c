"""Reports: result records gathered, aggregated per unit and organisation, item statistics and the plan."""
