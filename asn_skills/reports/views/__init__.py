"""The documents each report builds from a round: what it says, not how it is written."""
