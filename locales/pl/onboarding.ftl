# Rejestracja twórcy krok po kroku i status zgłoszenia.

onboarding-language =
    Dzień dobry! Tu asystent programu { $programme }. Pomogę dołączyć do programu w kilku krótkich krokach.

    Będziemy rozmawiać po polsku. Jeśli wygodniejszy jest inny język, proszę wybrać go poniżej.
onboarding-consent =
    Zanim zaczniemy: na potrzeby rozpatrzenia zgłoszenia przechowywane są imię, kraj, kanały w mediach społecznościowych, liczba obserwujących oraz konto komunikatora, z którego prowadzona jest ta rozmowa.

    Regulamin programu: { $terms_url }
    Polityka prywatności: { $privacy_url }
    (wersja { $version })

    Proszę potwierdzić akceptację regulaminu programu i polityki prywatności.
    .accept = Akceptuję
    .decline = Nie, dziękuję
onboarding-declined = Rozumiem, nic nie zostało zapisane. W razie zmiany decyzji wystarczy wysłać /start.
onboarding-name = Jakiego imienia mam używać w rozmowie? Proszę podać imię lub pseudonim twórczy.
onboarding-country = Jaki jest kraj zamieszkania? Proszę wybrać go poniżej lub wpisać jego nazwę.
    .other = Inny kraj
onboarding-country-code = Proszę wpisać nazwę kraju lub jego dwuliterowy kod, np. DE lub PT.
onboarding-platform = Na której platformie społecznościowej jest główny kanał?
onboarding-extra-platform = Na której platformie jest kolejny kanał?
onboarding-handle =
    { $platform ->
        [instagram] Proszę podać nazwę użytkownika na Instagramie (np. @anna.kowalska) lub link do profilu.
        [tiktok] Proszę podać nazwę użytkownika na TikToku (np. @anna.kowalska) lub link do profilu.
        [youtube] Proszę podać nick kanału na YouTubie (np. @AnnaKowalska) lub link do kanału.
        [vk] Proszę podać stronę w VK: krótką nazwę lub link, np. vk.com/annakowalska.
        [telegram] Proszę podać kanał na Telegramie (np. @anna_kowalska) lub jego link t.me.
        [twitch] Proszę podać nazwę użytkownika na Twitchu lub link do kanału.
       *[other] Proszę podać link do profilu lub kanału.
    }
onboarding-audience = Ilu obserwujących ma { $handle }? Wystarczy liczba przybliżona, np. 12 500 lub 12,5 tys.
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
    Proszę sprawdzić zgłoszenie:

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
onboarding-edit = Co zmienić?
    .name = Imię
    .country = Kraj
    .channel = Główny kanał
    .niche = Tematyka
    .extras = Inne kanały
    .back = Nic, powrót do podsumowania
onboarding-submitted =
    Dziękuję, { $name }! Zgłoszenie trafiło do zespołu programu.

    Zgłoszenia rozpatrujemy zwykle w ciągu { $days ->
        [one] { $days } dnia roboczego
        [few] { $days } dni roboczych
        [many] { $days } dni roboczych
       *[other] { $days } dnia roboczego
    }. Gdy tylko zapadnie decyzja, poinformuję o niej w tym czacie. Status można sprawdzić w dowolnej chwili poleceniem /status.
onboarding-resume = Witamy ponownie! Wróćmy do rozmowy w miejscu, w którym została przerwana.

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
status-pending = Zgłoszenie z { $submitted } jest rozpatrywane. Gdy tylko zapadnie decyzja, poinformuję o niej w tym czacie.
status-approved = Zgłoszenie zostało zaakceptowane. Witamy w programie { $programme }!
status-rejected = Niestety zgłoszenie nie zostało zaakceptowane. W razie pytań proszę napisać: { $support }.
status-suspended = Udział w programie został zawieszony. Proszę skontaktować się z zespołem programu: { $support }.

## Sprawdzanie danych i zmiana pozostałych kanałów.

onboarding-name-no-letters = Imię musi zawierać co najmniej jedną literę: same emoji, cyfry lub symbole nie wystarczą.
onboarding-handle-number = Czy { $handle } to na pewno nazwa użytkownika? Składa się wyłącznie z cyfr; jeśli chodziło o liczbę odbiorców, proszę wybrać „Nie” i najpierw podać nazwę użytkownika.
    .yes = Tak, zgadza się
    .no = Nie, wpiszę ponownie
onboarding-channel-duplicate = Kanał { $handle } jest już w zgłoszeniu. Proszę podać inny kanał lub wysłać /cancel.
onboarding-extras = Który kanał zmienić lub usunąć?
    .add = Dodaj kanał
    .back = Powrót do podsumowania
onboarding-extras-none = W zgłoszeniu nie ma jeszcze innych kanałów.
onboarding-extras-change = Zmień: { $platform } { $handle }
onboarding-extras-remove = Usuń: { $platform } { $handle }
onboarding-extras-removed = Kanał { $handle } został usunięty ze zgłoszenia.
