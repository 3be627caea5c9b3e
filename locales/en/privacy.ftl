# Privacy: /privacy, /export, /delete, and consent to a new version of the terms.

privacy-notice =
    Your data in { $programme }

    What we keep, and why:
    { $data }

    How long: the ledger of your earnings and payouts is kept as long as accounting law requires, even after you delete your data (under a pseudonym). Raw chat messages are deleted after { $updates_hours ->
        [one] { $updates_hours } hour
       *[other] { $updates_hours } hours
    }, details of the audit log after { $audit_days ->
        [one] { $audit_days } day
       *[other] { $audit_days } days
    }, support messages after { $support_days ->
        [one] { $support_days } day
       *[other] { $support_days } days
    }; everything else until you delete it.

    Your rights: /export sends you all of it as a file; /delete erases it. Questions? Write to { $support }. Full notice (version { $version }): { $privacy_url }
privacy-data-profile = • your chat accounts and language, to talk to you;
privacy-data-application = • your application: name, country, social channels, audience, niche, review decisions and questions, to run the programme;
privacy-data-links = • your tracking links and how many clicks they had, to credit your sales;
privacy-data-orders = • the orders the shop reported for your links, to pay commission;
privacy-data-ledger = • your earnings ledger and balances, for accounting;
privacy-data-payouts = • your payout details and payout requests, to pay you;
privacy-data-support = • your support tickets and messages, to help you;
privacy-data-consents = • your consents to the terms, with their versions and dates;
privacy-data-messages = • messages waiting to be sent to you and the state of our conversation;
privacy-data-audit = • staff actions about your application and payouts, for accountability.
privacy-export-ready = Here is everything we store about you, as a JSON file. Payout details are masked; nothing about other people is included.
privacy-delete-confirm =
    Delete your data? Your application, channels, links, payout details, messages and support tickets will be erased, and any open payout request will be cancelled. Your earnings ledger stays under a pseudonym, as accounting law requires. This cannot be undone.
    .delete = Yes, delete my data
    .keep = No, keep it
privacy-delete-kept = All right, nothing was deleted.
privacy-deleted = Your data has been deleted. If you write to me again, you will start afresh. Thank you for taking part in the programme.
privacy-consent-renew =
    Our terms or privacy notice have changed since you agreed to them. Please read the new version before you continue.

    Programme terms: { $terms_url }
    Privacy notice: { $privacy_url }
    (version { $version })

    Do you accept the new terms and privacy notice?
    .accept = I accept
    .decline = No, thank you
privacy-consent-thanks = Thank you, your consent is recorded.
privacy-consent-declined = Understood. Without your consent to the new terms I cannot continue. You can still see /privacy, get your data with /export or delete it with /delete. Questions? Write to { $support }.
command-privacy = What data we keep and why
command-export = Get all your data as a file
command-delete = Delete your data
discord-command-privacy = privacy
discord-command-export = export
discord-command-delete = delete
