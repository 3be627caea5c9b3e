# Tracking links: /link, /links, and the disclosure an advertising post needs.

links-not-registered = You are not in the programme yet. Send /start to apply; once you are approved you can create links here.
links-not-approved-pending = Your application is still being reviewed. You can create links as soon as it is approved; I will let you know.
links-not-approved-rejected = Links are for approved members of the programme, and your application was not approved.
links-not-approved-suspended = Your participation is suspended, so you cannot create new links for now.
links-no-campaigns = There are no campaigns open for your country right now. I will let you know when one starts.
links-choose = { BLANK($domains) ->
        [yes] Which campaign is the link for? Choose below.
       *[no] Which campaign is the link for? Choose below, or paste a link to a product page on { $domains }.
    }
links-created =
    Your link for { $campaign }:
    { $url }

    Put this notice at the start of your post:
    { $disclosure }
links-disclosure = #ad — in partnership with { $advertiser }
links-none = You have no links yet. Send /link to create one.
links-list =
    { $count ->
        [one] Your newest link:
       *[other] Your { $count } newest links:
    }
links-item =
    { $labelled ->
        [yes] { $label } — { $campaign }: { $url }
       *[other] { $campaign }: { $url }
    }
    Leads to: { $destination }
    { $clicks ->
        [one] { $clicks } click
       *[other] { $clicks } clicks
    }, { $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    }, commission { $commission }
    .label = Set a label
links-to-campaign = the campaign's page
links-which-campaign = This page is part of several campaigns. Which one should the link count for?
links-existing =
    You already have a link to this page for { $campaign }:
    { $url }

    Put this notice at the start of your post:
    { $disclosure }
links-disclosure-registered = Ad. Advertiser: { $advertiser }, INN { $inn }{ $erid ->
        [none] { "" }
       *[other] . erid: { $erid }
    }
links-label-ask = Send a label for this link, up to 40 characters (for example where you posted it), so you can tell your links apart in /links.
    .clear = Remove the label
links-label-saved = Label saved: “{ $label }”. You will see it in /links.
links-label-cleared = The label was removed.
command-link = Create a tracking link
command-links = Your links and their results
discord-command-link = link
discord-command-links = links

## /invite: recruiting other influencers.

invite-link =
    Your personal invitation link:
    { $link }

    Creators who apply through it are counted for you. { $registered ->
        [one] { $registered } has registered
       *[other] { $registered } have registered
    } so far, { $approved } approved.{ $bonus ->
        [yes] { " " }When someone you invited makes their first confirmed sale, you earn a bonus.
       *[other] { "" }
    }
invite-code =
    Your personal invitation code: { $code }
    Creators enter it with /start when they apply. { $registered ->
        [one] { $registered } has registered
       *[other] { $registered } have registered
    } so far, { $approved } approved.{ $bonus ->
        [yes] { " " }When someone you invited makes their first confirmed sale, you earn a bonus.
       *[other] { "" }
    }
command-invite = Invite other creators
discord-command-invite = invite

## Notifications about sales.

sale-new = New sale: +{ $amount } commission, pending until { $until }.
sale-new-confirmed = New sale: +{ $amount } commission, already confirmed.
