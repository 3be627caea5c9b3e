# Réponses aux questions fréquentes (/faq, ou question posée avec ses propres mots ; voir faq-phrases.ftl).

command-faq = Réponses aux questions fréquentes
discord-command-faq = questions
faq-menu = Que souhaitez-vous savoir ? Choisissez un sujet ; vous pouvez aussi écrire simplement votre question.
faq-topic =
    { $topic ->
        [programme] Le fonctionnement du programme
        [commission] Commission et niveaux
        [attribution] Suivi et cookies
        [holding] Période de rétention
        [payouts] Versements et minimum
        [disclosure] Mention de la publicité
        [content] Contenus autorisés
       *[contact] Parler à une personne
    }
faq-answer-programme =
    Comment fonctionne { $programme } :
    1. Posez votre candidature avec /start ; nous examinons les candidatures en quelques jours.
    2. Une fois votre candidature acceptée, /link vous donne des liens de suivi vers les produits de nos campagnes.
    3. Quand quelqu’un achète via votre lien, la vente est enregistrée et vous touchez une commission, visible dans /earnings.
    4. Après la période de rétention, la commission est confirmée et /payout vous la verse.
faq-answer-commission =
    Votre commission est un pourcentage du montant de chaque commande. Le taux dépend de la campagne et de votre niveau, et chaque vente garde le taux auquel elle a été enregistrée.
    Votre niveau monte avec le nombre de ventes confirmées : { $tiers }. /earnings indique votre niveau et votre commission.
faq-answer-attribution =
    Une vente vous revient lorsque l’acheteur a cliqué sur votre lien puis commandé pendant la fenêtre d’attribution de la campagne (30 jours en général), sur le même appareil et le même navigateur : la boutique reconnaît le clic grâce à un cookie.
    Une vente peut ne pas vous être attribuée si l’acheteur bloque les cookies, commande sur un autre appareil, clique ensuite sur le lien d’un autre partenaire ou a commandé avant de cliquer.
faq-answer-holding =
    Une nouvelle vente reste en attente pendant la période de rétention (en général 14 jours après la commande, le délai de retour de la boutique). Les commandes annulées ou remboursées sont retirées ; les autres sont confirmées et s’ajoutent à votre solde disponible.
    /earnings indique quand votre commission en attente pourra être confirmée.
faq-answer-payouts =
    Vous pouvez demander un versement avec /payout dès que votre solde confirmé atteint le minimum prévu pour sa devise ({ $minimum }). Vous y choisissez aussi comment être payé, parmi les moyens proposés dans votre pays (virement bancaire, PayPal, carte bancaire, SBP ou BLIK selon le pays). Nous effectuons le versement après vérification de la demande, et vous recevez un message avec la référence du virement.
faq-answer-disclosure =
    Signalez toujours vos publications comme de la publicité, comme l’exige la loi de votre marché :
    • France : « Publicité » ou « Collaboration commerciale »
    • Espagne : « Publicidad »
    • Pologne : « #reklama »
    • Russie : « Реклама » avec le nom de l’annonceur
    Placez la mention au début de la publication, bien visible, et non parmi d’autres hashtags. /link vous donne la bonne formule avec chaque lien.
faq-answer-content =
    Bienvenus : vos avis sincères, déballages, essayages, comparatifs et tutoriels, avec vos propres photos et vidéos.
    Interdits : les affirmations fausses ou exagérées, les réductions inventées, le spam en commentaires ou en messages privés, la publicité sur le nom de marque de la boutique dans les moteurs de recherche, et le contenu d’autrui sans son autorisation. Tout manquement à ces règles peut entraîner la suspension de votre participation.
faq-answer-contact = Pour poser une question à une personne de notre équipe, envoyez /support et décrivez votre question : la réponse arrivera ici, dans cette conversation. Vous pouvez aussi écrire à { $contact }.
faq-helpful = Cette réponse vous a-t-elle été utile ?
    .yes = Oui, merci
    .no = Non
    .check = Vérifier une de mes ventes
faq-glad = Nous sommes ravis d’avoir pu vous aider ! Envoyez /faq pour les autres sujets.
faq-offer-person = Nous en sommes désolés. Une personne de notre équipe peut vous aider.
    .ask = Parler à une personne

# « Pourquoi ma vente n’a-t-elle pas été suivie ? » : la vérification guidée d’un jour (depuis /support et la réponse sur le suivi).
salecheck-not-influencer = Cette vérification examine vos liens et vos commandes : elle est réservée aux influenceurs acceptés. Envoyez /support pour poser une question à notre équipe.
salecheck-day = Quel jour la commande a-t-elle été passée ? Par exemple : aujourd’hui, hier, 3 novembre ou 2026-11-03.
salecheck-day-unclear = Je n’ai pas reconnu de date dans votre message. Écrivez-la par exemple ainsi : hier, 3 novembre ou 2026-11-03.
salecheck-day-future = Ce jour n’est pas encore arrivé. Quel jour la commande a-t-elle été passée ?
salecheck-no-links = Vous n’avez encore aucun lien de suivi : aucune vente ne peut donc vous être attribuée. Créez-en un avec /link et partagez-le.
salecheck-paused = La campagne « { $campaign } » est en pause : ses liens ne mènent pas à la boutique et n’enregistrent aucune vente pour le moment.
salecheck-ended = La campagne « { $campaign } » s’est terminée avant ce jour : les ventes après sa fin ne sont pas attribuées.
salecheck-not-started = La campagne « { $campaign } » n’avait pas encore commencé ce jour-là.
salecheck-pending = Nous voyons votre commande du { $date } : elle est en attente et pourra être confirmée à partir du { $until }, après le délai de retour de la boutique.
salecheck-confirmed = Nous voyons votre commande du { $date }, et elle est confirmée : elle figure dans votre solde (/earnings).
salecheck-reversed = Nous voyons une commande du { $date }, mais la boutique l’a annulée ou remboursée : elle ne rapporte aucune commission.
salecheck-outside-window = Nous voyons une commande du { $date }, mais elle a été passée après la fin de la fenêtre d’attribution de la campagne pour ce clic : elle ne rapporte aucune commission.
salecheck-before-click = Nous voyons une commande du { $date } passée avant le clic sur votre lien : seules les commandes passées après un clic comptent.
salecheck-clicks-no-order =
    { $clicks ->
        [one] Nous voyons { $clicks } clic sur vos liens le { $date } ou les jours précédents, mais la boutique n’a signalé aucune commande pour ce jour-là. Les boutiques signalent les commandes en quelques jours ; une commande passée sur un autre appareil ou navigateur, ou avec les cookies bloqués, ne peut pas vous être attribuée.
        [many] Nous voyons { $clicks } clics sur vos liens le { $date } ou les jours précédents, mais la boutique n’a signalé aucune commande pour ce jour-là. Les boutiques signalent les commandes en quelques jours ; une commande passée sur un autre appareil ou navigateur, ou avec les cookies bloqués, ne peut pas vous être attribuée.
       *[other] Nous voyons { $clicks } clics sur vos liens le { $date } ou les jours précédents, mais la boutique n’a signalé aucune commande pour ce jour-là. Les boutiques signalent les commandes en quelques jours ; une commande passée sur un autre appareil ou navigateur, ou avec les cookies bloqués, ne peut pas vous être attribuée.
    }
salecheck-no-click = Nous ne voyons aucun clic sur vos liens le { $date } ni dans la fenêtre d’attribution qui précède. L’acheteur a peut-être ouvert la boutique sans votre lien, sur un autre appareil, ou dans une application qui perd le lien.
salecheck-offer-person = Si cela n’explique pas ce qui s’est passé, une personne de notre équipe peut examiner la question.
