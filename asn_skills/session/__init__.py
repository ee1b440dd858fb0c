"""The interview any front end can drive: a state machine over the store, and replies read from text."""
