# Registration as an influencer, step by step, and the application's status.

onboarding-language =
    Hello! I am the assistant of { $programme }. I will help you join the programme in a few short steps.

    We will talk in English. If you prefer another language, choose it below.
onboarding-consent =
    Before we start: to review your application we keep your name, country, social channels, audience size and the chat account you write from.

    Programme terms: { $terms_url }
    Privacy notice: { $privacy_url }
    (version { $version })

    Do you accept the terms and the privacy notice?
    .accept = I accept
    .decline = No, thank you
onboarding-declined = Understood, I have not saved anything. If you change your mind, send /start.
onboarding-name = How should we call you? Please send your name or creator name.
onboarding-country = Which country do you live in? Choose below or type its name.
    .other = Another country
onboarding-country-code = Please type the name of your country or its two-letter code, for example DE or PT.
onboarding-platform = Which social platform is your main one?
onboarding-extra-platform = Which platform is your next channel on?
onboarding-handle =
    { $platform ->
        [instagram] Please send your Instagram username (like @your.name) or a link to your profile.
        [tiktok] Please send your TikTok username (like @your.name) or a link to your profile.
        [youtube] Please send your YouTube handle (like @YourChannel) or a link to your channel.
        [vk] Please send your VK page: its short name or a link such as vk.com/yourpage.
        [telegram] Please send your Telegram channel (like @channel_name) or its t.me link.
        [twitch] Please send your Twitch username or a link to your channel.
       *[other] Please send a link to your profile or channel.
    }
onboarding-audience = How many followers does { $handle } have? A round number is fine, for example 12500 or 12.5k.
onboarding-niche = What is your content mostly about?
onboarding-more =
    Do you have other channels to add? You can add up to { $max ->
        [one] { $max } channel
       *[other] { $max } channels
    } in total.
    .add = Add a channel
    .done = No, continue
onboarding-summary =
    Please check your application:

    Name: { $name }
    Country: { $country }
    Main channel: { $platform } { $handle }, { $audience ->
        [one] { $audience } follower
       *[other] { $audience } followers
    }
    Topic: { $niche }
    Other channels: { $extra }

    Is everything correct?
    .submit = Submit the application
    .edit = Change something
onboarding-summary-channel =
    { $platform } { $handle }, { $audience ->
        [one] { $audience } follower
       *[other] { $audience } followers
    }
onboarding-summary-no-extra = none
onboarding-edit = What would you like to change?
    .name = Name
    .country = Country
    .channel = Main channel
    .niche = Topic
    .extras = Other channels
    .back = Nothing, back to the summary
onboarding-submitted =
    Thank you, { $name }! Your application is now with our team.

    We usually review applications within { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }, and I will write to you here as soon as there is a decision. You can check it at any time with /status.
onboarding-resume = Welcome back! Let us continue where we stopped.

## Social platforms and topics, as buttons and in the summary.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-vk = VK
platform-telegram = Telegram channel
platform-twitch = Twitch
platform-other = Another platform

niche-fashion = Fashion
niche-beauty = Beauty
niche-tech = Tech and gadgets
niche-home = Home and garden
niche-sport = Sport and outdoors
niche-kids = Kids and family
niche-food = Food and cooking
niche-travel = Travel
niche-gaming = Gaming
niche-other = Something else

## /status

status-none = You have not applied yet. Send /start to apply to { $programme }.
status-in-progress = Your application is not finished yet. Let us continue:
status-pending = Your application of { $submitted } is being reviewed. I will write to you here as soon as there is a decision.
status-approved = Your application is approved. Welcome to { $programme }!
status-rejected = Unfortunately, your application was not approved. If you have questions, write to { $support }.
status-suspended = Your participation in the programme is suspended. Please contact { $support }.

## Checks and changing the other channels.

onboarding-name-no-letters = A name needs at least one letter: emoji, digits and symbols alone cannot be used.
onboarding-handle-number = Is { $handle } really the username? It is only digits; if that was your audience size, choose No and send the username first.
    .yes = Yes, that is it
    .no = No, type it again
onboarding-channel-duplicate = { $handle } is already in your application. Please send another channel, or /cancel.
onboarding-extras = Which channel would you like to change or remove?
    .add = Add a channel
    .back = Back to the summary
onboarding-extras-none = There are no other channels in your application yet.
onboarding-extras-change = Change { $platform } { $handle }
onboarding-extras-remove = Remove { $platform } { $handle }
onboarding-extras-removed = { $handle } was removed from your application.
