"""The conversation engine: platform-free events, flows, localisation and the turn loop."""
