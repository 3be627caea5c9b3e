# Rejestracja twórcy krok po kroku i status zgłoszenia.

onboarding-language =
    Dzień dobry! Tu asystent programu { $programme }. Pomogę Państwu dołączyć do niego w kilku krótkich krokach.

    Będziemy rozmawiać po polsku. Jeśli wygodniejszy jest inny język, prosimy wybrać go poniżej.
onboarding-consent =
    Zanim zaczniemy: aby rozpatrzyć zgłoszenie, przechowujemy imię, kraj, kanały w mediach społecznościowych, liczbę obserwujących oraz konto komunikatora, z którego prowadzona jest ta rozmowa.

    Regulamin programu: { $terms_url }
    Polityka prywatności: { $privacy_url }
    (wersja { $version })

    Czy akceptują Państwo regulamin programu i politykę prywatności?
    .accept = Akceptuję
    .decline = Nie, dziękuję
onboarding-declined = Rozumiem, nic nie zostało zapisane. W razie zmiany decyzji wystarczy wysłać /start.
onboarding-name = Jak mamy się do Państwa zwracać? Prosimy podać imię lub pseudonim twórczy.
onboarding-country = W jakim kraju Państwo mieszkają? Prosimy wybrać go poniżej lub wpisać jego nazwę.
    .other = Inny kraj
onboarding-country-code = Prosimy wpisać nazwę kraju lub jego dwuliterowy kod, np. DE lub PT.
onboarding-platform = Która platforma jest dla Państwa najważniejsza?
onboarding-extra-platform = Na jakiej platformie jest kolejny kanał?
onboarding-handle =
    { $platform ->
        [instagram] Prosimy podać nazwę użytkownika na Instagramie (np. @anna.kowalska) lub link do profilu.
        [tiktok] Prosimy podać nazwę użytkownika na TikToku (np. @anna.kowalska) lub link do profilu.
        [youtube] Prosimy podać nick kanału na YouTubie (np. @AnnaKowalska) lub link do kanału.
        [vk] Prosimy podać stronę w VK: krótką nazwę lub link, np. vk.com/annakowalska.
        [telegram] Prosimy podać kanał na Telegramie (np. @anna_kowalska) lub jego link t.me.
        [twitch] Prosimy podać nazwę użytkownika na Twitchu lub link do kanału.
       *[other] Prosimy podać link do profilu lub kanału.
    }
onboarding-audience = Ilu obserwujących ma { $handle }? Wystarczy liczba zaokrąglona, np. 12 500 lub 12,5 tys.
onboarding-niche = Czego głównie dotyczą publikowane treści?
onboarding-more =
    Czy są jeszcze inne kanały do dodania? Łącznie można dodać maksymalnie { $max ->
        [one] { $max } kanał
        [few] { $max } kanały
        [many] { $max } kanałów
       *[other] { $max } kanału
    }.
    .add = Tak, dodam kanał
    .done = Nie, przejdźmy dalej
onboarding-summary =
    Prosimy sprawdzić zgłoszenie:

    Imię: { $name }
    Kraj: { $country }
    Główny kanał: { $platform } { $handle }, { $audience ->
        [one] { $audience } obserwujący
        [few] { $audience } obserwujących
        [many] { $audience } obserwujących
       *[other] { $audience } obserwującego
    }
    Tematyka: { $niche }
    Inne kanały: { $extra }

    Czy wszystko się zgadza?
    .submit = Tak, wysyłam zgłoszenie
    .edit = Chcę coś zmienić
onboarding-summary-channel =
    { $platform } { $handle }, { $audience ->
        [one] { $audience } obserwujący
        [few] { $audience } obserwujących
        [many] { $audience } obserwujących
       *[other] { $audience } obserwującego
    }
onboarding-summary-no-extra = brak
onboarding-edit = Co należy zmienić?
    .name = Imię
    .country = Kraj
    .channel = Główny kanał
    .niche = Tematyka
    .extras = Inne kanały
    .back = Nic, powrót do podsumowania
onboarding-submitted =
    Dziękuję, { $name }! Zgłoszenie trafiło do naszego zespołu.

    Rozpatrzenie zgłoszenia trwa zwykle { $days ->
        [one] { $days } dzień roboczy
        [few] { $days } dni robocze
        [many] { $days } dni roboczych
       *[other] { $days } dnia roboczego
    }. Gdy tylko zapadnie decyzja, dam znać tutaj. Status można sprawdzić w dowolnej chwili poleceniem /status.
onboarding-resume = Witamy ponownie! Kontynuujmy tam, gdzie rozmowa została przerwana.

## Platformy społecznościowe i tematyka: na przyciskach i w podsumowaniu.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-vk = VK
platform-telegram = Kanał na Telegramie
platform-twitch = Twitch
platform-other = Inna platforma

niche-fashion = Moda
niche-beauty = Uroda
niche-tech = Technologia i gadżety
niche-home = Dom i ogród
niche-sport = Sport i rekreacja
niche-kids = Dzieci i rodzina
niche-food = Jedzenie i gotowanie
niche-travel = Podróże
niche-gaming = Gry
niche-other = Inne

## /status

status-none = Zgłoszenie nie zostało jeszcze wysłane. Aby zgłosić się do programu { $programme }, wystarczy wysłać /start.
status-in-progress = Zgłoszenie nie jest jeszcze kompletne. Kontynuujmy:
status-pending = Zgłoszenie z { $submitted } jest rozpatrywane. Gdy tylko zapadnie decyzja, dam znać tutaj.
status-approved = Zgłoszenie zostało zaakceptowane. Witamy w programie { $programme }!
status-rejected = Niestety zgłoszenie nie zostało zaakceptowane. W razie pytań prosimy o kontakt: { $support }.
status-suspended = Udział w programie został zawieszony. Prosimy o kontakt: { $support }.
