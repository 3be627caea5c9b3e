# Tiers: the programme's levels by confirmed sales; the top one is the KOL track.

tier-name =
    { $tier ->
        [standard] Standard
        [silver] Silver
        [gold] Gold
        [kol] KOL
       *[other] { $tier }
    }
tier-up =
    Congratulations! With { $sales ->
        [one] { $sales } confirmed sale
       *[other] { $sales } confirmed sales
    } you have reached the { $tier } tier. Your new sales earn its rates on every campaign that offers them.
    { $remaining ->
        [one] { $remaining } more confirmed sale
       *[other] { $remaining } more confirmed sales
    } will take you to { $next }.
tier-up-kol =
    Congratulations! With { $sales ->
        [one] { $sales } confirmed sale
       *[other] { $sales } confirmed sales
    } you have joined the { $tier } track, our top tier. Your new sales earn its rates on every campaign that offers them.
    Your personal manager is { $manager }: write to { $contact } to talk about exclusive campaigns and terms.
tier-up-kol-contact =
    Congratulations! With { $sales ->
        [one] { $sales } confirmed sale
       *[other] { $sales } confirmed sales
    } you have joined the { $tier } track, our top tier. Your new sales earn its rates on every campaign that offers them.
    A personal manager will look after you: write to { $contact } to talk about exclusive campaigns and terms.
tier-progress =
    Your tier: { $tier }, with { $sales ->
        [one] { $sales } confirmed sale
       *[other] { $sales } confirmed sales
    }; { $remaining } more to reach { $next }.
tier-progress-top = Your tier: { $tier }, our top tier. Your personal manager: { $contact }.
