# Review of applications by the programme's staff (/review), and what the applicant is told.

## For the reviewer, in the reviewer's language.

review-queue-empty = No applications are waiting for review right now. Send /review again later.
review-application =
    Application no. { $number } of { $submitted }
    { $waiting ->
        [0] No other application is waiting.
        [one] { $waiting } more application is waiting.
       *[other] { $waiting } more applications are waiting.
    }

    Name: { $name }
    Country: { $country }
    Topic: { $niche }
    Channels:
    { $channels }
    Language: { $language }
    Account: { $account }
    Referral code: { $referral }
    Questions and answers:
    { $answers }
    .approve = Approve
    .reject = Reject
    .ask = Ask a question
    .skip = Skip
    .stop = Stop reviewing
review-application-channel =
    { $platform } { $handle }, { $audience ->
        [one] { $audience } follower
       *[other] { $audience } followers
    } — { $url }
review-application-answer =
    Q: { $question }
    A: { $answer }
review-application-none = none
review-approve-confirm = Approve { $name }? I will tell them right away, and they can start creating links.
    .confirm = Yes, approve
    .back = Back to the application
review-approved-done = { $name } is approved, and I have let them know.
review-reject-reason = Why is { $name } not approved? The applicant will read the reason in their own language.
    .audience = Audience too small
    .content = Content not suitable
    .incomplete = Incomplete profile
    .region = Region not served
    .other = Another reason…
    .back = Back to the application
review-reject-note = Please type the reason for { $name } in a sentence or two. It is sent to the applicant exactly as you write it.
review-rejected-done = { $name } is not approved. Reason sent: { $reason }
review-ask-question = What would you like to ask { $name }? Type your question: it is sent to the applicant exactly as you write it, and the application returns to the queue with their answer.
review-asked-done = Your question has been sent to { $name }. The application is back in the queue once they answer.
review-released = The application is back in the queue. Send /review whenever you want to continue.
review-not-held = This application is no longer in your hands: it has been decided, or your claim expired and another reviewer took it. Send /review for the next one.

## Reasons for a rejection, as the applicant reads them.

review-reason-audience = The audience of your channels is below what the programme currently requires.
review-reason-content = The content of your channels does not match the programme's guidelines.
review-reason-incomplete = Your profile does not give us enough information to assess your application.
review-reason-region = The programme does not operate in your region yet.

## For the applicant, in the applicant's language.

review-notify-approved = Good news: your application to { $programme } is approved! Send /link to create your first tracking link; /help shows everything else you can do.
review-notify-rejected =
    Thank you for your interest in { $programme }. Unfortunately, we cannot approve your application at the moment.

    Reason: { $reason }

    You can apply again from { $reapply }: just send /start.
review-notify-question =
    Our team has a question about your application to { $programme }:

    “{ $question }”

    Please reply here with your answer in one message.
review-notify-invite =
    Here is your personal invitation to the influencers' group: { $link }

    It works for one person only and expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
review-answer-prompt = Our team asked you: “{ $question }” Please type your answer in one message.
review-answer-received = Thank you! Your answer has been added to your application, and our team will continue the review.
review-reapply-wait = Your previous application was not approved. You can apply again from { $date }; if you have questions until then, write to { $support }.
review-reapply-open = Your previous application was not approved, but you can now apply again. Let us start.
