# Weryfikacja zgłoszeń przez zespół programu (/review) i to, co otrzymuje osoba zgłaszająca się.

## Dla osoby weryfikującej, w jej języku.

review-queue-empty = W tej chwili żadne zgłoszenie nie czeka na weryfikację. Proszę wysłać /review później.
review-application =
    Zgłoszenie nr { $number } z { $submitted }
    { $waiting ->
        [0] Żadne inne zgłoszenie nie czeka.
        [one] Czeka jeszcze { $waiting } zgłoszenie.
        [few] Czekają jeszcze { $waiting } zgłoszenia.
        [many] Czeka jeszcze { $waiting } zgłoszeń.
       *[other] Czeka jeszcze { $waiting } zgłoszenia.
    }

    Imię lub pseudonim: { $name }
    Kraj: { $country }
    Tematyka: { $niche }
    Kanały:
    { $channels }
    Język: { $language }
    Konto: { $account }
    Kod polecający: { $referral }
    Pytania i odpowiedzi:
    { $answers }
    .approve = Zaakceptuj
    .reject = Odrzuć
    .ask = Zadaj pytanie
    .skip = Pomiń
    .stop = Zakończ weryfikację
review-application-channel =
    { $platform } { $handle }, { $audience ->
        [one] { $audience } obserwujący
        [few] { $audience } obserwujących
        [many] { $audience } obserwujących
       *[other] { $audience } obserwującego
    } — { $url }
review-application-answer =
    Pytanie: { $question }
    Odpowiedź: { $answer }
review-application-none = brak
review-approve-confirm = Zaakceptować zgłoszenie: { $name }? Powiadomienie zostanie wysłane od razu i będzie można tworzyć linki.
    .confirm = Tak, zaakceptuj
    .back = Wróć do zgłoszenia
review-approved-done = Zgłoszenie zaakceptowane: { $name }. Powiadomienie zostało wysłane.
review-reject-reason = Dlaczego zgłoszenie ({ $name }) nie zostaje zaakceptowane? Osoba zgłaszająca się przeczyta powód w swoim języku.
    .audience = Za mała publiczność
    .content = Nieodpowiednie treści
    .incomplete = Niepełny profil
    .region = Region nieobsługiwany
    .other = Inny powód…
    .back = Wróć do zgłoszenia
review-reject-note = Proszę wpisać powód dla zgłoszenia ({ $name }) w jednym lub dwóch zdaniach. Zostanie wysłany dokładnie w tej postaci.
review-rejected-done = Zgłoszenie odrzucone: { $name }. Wysłany powód: { $reason }
review-ask-question = O co zapytać w sprawie zgłoszenia ({ $name })? Proszę wpisać pytanie: zostanie wysłane dokładnie w tej postaci, a zgłoszenie wróci do kolejki razem z odpowiedzią.
review-asked-done = Pytanie w sprawie zgłoszenia ({ $name }) zostało wysłane. Zgłoszenie wróci do kolejki po otrzymaniu odpowiedzi.
review-released = Zgłoszenie wróciło do kolejki. Aby kontynuować, wystarczy wysłać /review.
review-not-held = To zgłoszenie nie jest już przypisane do tego konta: decyzja została już podjęta albo rezerwacja wygasła i zgłoszenie przejęła inna osoba z zespołu. Następne zgłoszenie: /review.

## Powody odrzucenia w brzmieniu dla osoby zgłaszającej się.

review-reason-audience = Publiczność kanałów jest mniejsza, niż obecnie wymaga program.
review-reason-content = Treści publikowane w kanałach nie odpowiadają zasadom programu.
review-reason-incomplete = Profil nie zawiera wystarczających informacji, aby ocenić zgłoszenie.
review-reason-region = Program nie działa jeszcze w tym regionie.

## Dla osoby zgłaszającej się, w jej języku.

review-notify-approved = Dobra wiadomość: zgłoszenie do programu { $programme } zostało zaakceptowane! Aby utworzyć pierwszy link śledzący, wystarczy wysłać /link; /help pokazuje pozostałe możliwości.
review-notify-rejected =
    Dziękujemy za zainteresowanie programem { $programme }. Niestety w tej chwili nie możemy zaakceptować zgłoszenia.

    Powód: { $reason }

    Ponowne zgłoszenie będzie możliwe od { $reapply } — wystarczy wtedy wysłać /start.
review-notify-question =
    Zespół ma pytanie dotyczące zgłoszenia do programu { $programme }:

    „{ $question }”

    Proszę odpowiedzieć tutaj w jednej wiadomości.
review-notify-invite =
    Oto osobiste zaproszenie do grupy twórców: { $link }

    Działa tylko dla jednej osoby i wygasa za { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }.
review-answer-prompt = Pytanie od zespołu: „{ $question }” Proszę wpisać odpowiedź w jednej wiadomości.
review-answer-received = Dziękuję! Odpowiedź została dodana do zgłoszenia, a zespół będzie kontynuować weryfikację.
review-reapply-wait = Poprzednie zgłoszenie nie zostało zaakceptowane. Nowe można złożyć od { $date }; w razie pytań do tego czasu proszę napisać: { $support }.
review-reapply-open = Poprzednie zgłoszenie nie zostało zaakceptowane, ale teraz można złożyć nowe. Zaczynajmy.
