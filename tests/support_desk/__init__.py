"""Tests of the support desk: tickets in chat, the staff places, the command line, FAQ."""
