# Answers to questions about earnings typed in people's own words (see earnings-phrases.ftl).

earnings-balance-only =
    { $balance }

    Send /earnings for the figures of this month, or ask about a period ("how much did I earn in October?").
earnings-balance-none = You have no balance yet: no commission has been recorded so far. Send /links to see your links.
