package dev.passerelle.core.knowledge;

import dev.passerelle.core.Conversation;
import java.util.List;

/**
 * Test data: the knowledge base of a small French company, in French and English (the demo's FAQs, tips and
 * pain points), posted by a knowledge manager so that it is verified. A realistic index to rank and decide
 * confidence on.
 */
final class LumenKnowledge {

    /** Each message: the channel it is posted in, then its text. */
    private static final List<List<String>> MESSAGES = List.of(
            List.of("onboarding", "#astuce Pour les nouveaux : le parcours d'intégration est sur l'intranet > Onboarding > Semaine 1, avec la checklist des accès à demander dès le premier jour. #onboarding"),
            List.of("onboarding", "#faq How do I get a laptop as a new hire? | Your manager files a 'New joiner' request in the IT portal at least 5 working days before your start date. IT prepares the laptop (Windows, Office, VPN, MFA) and you pick it up at the IT desk, 2nd floor, in Lyon or Paris. #onboarding #laptop"),
            List.of("it-helpdesk", "#faq How do I reset my password? | Go to https://password.lumen-conseil.fr, enter your work email and confirm with your MFA app. The new password needs at least 14 characters. If you've also lost your MFA device, call the IT hotline: 4242 (Lyon) or 4343 (Paris). #password"),
            List.of("it-helpdesk", "#faq Comment réinitialiser mon mot de passe ? | Allez sur https://password.lumen-conseil.fr, saisissez votre e-mail pro puis validez avec l'application MFA. Le nouveau mot de passe doit faire au moins 14 caractères. Si vous n'avez plus accès à la MFA, appelez la hotline IT au 4242 (Lyon) ou 4343 (Paris). #motdepasse"),
            List.of("it-helpdesk", "#faq Comment se connecter au VPN depuis la maison ? | Installez GlobalProtect depuis le Centre logiciel, portail vpn.lumen-conseil.fr, identifiants Windows puis validation MFA. Le VPN est obligatoire pour le serveur de fichiers et l'ERP, pas pour Salesforce ni Microsoft 365. #vpn"),
            List.of("it-helpdesk", "#tip If the VPN drops often, set GlobalProtect to the 'Best available' gateway instead of 'Paris only' — it fixes most home wifi disconnects. #vpn"),
            List.of("it-helpdesk", "#painpoint The VPN keeps disconnecting when I work from home, I have to log back in several times a day. #vpn"),
            List.of("crm", "#faq Comment créer une opportunité dans Salesforce ? | Depuis le compte client, onglet Opportunités > Nouveau. Renseignez le montant, la date de clôture estimée et l'étape « Qualification ». Sans date de clôture, l'opportunité n'apparaît pas dans les prévisions. #crm #salesforce"),
            List.of("crm", "#faq How do I merge duplicate accounts in Salesforce? | Open one of the accounts, use the 'Duplicates' card (Lightning) or 'Merge Accounts', pick the master record and the fields to keep. Accounts with open opportunities can only be merged by Sales Ops (Claire or Julien). #crm #salesforce"),
            List.of("crm", "#faq Comment exporter un rapport Salesforce vers Excel ? | Ouvrez le rapport > flèche à côté de « Modifier » > Exporter > « Détails uniquement » au format .xlsx. Pour le recevoir chaque semaine, abonnez-vous au rapport. #crm #salesforce"),
            List.of("crm", "#astuce Dans Salesforce, épinglez la vue de liste « Mes opportunités à clôturer ce mois » : c'est elle qu'on passe en revue pipeline le lundi. #crm #salesforce"),
            List.of("crm", "#painpoint Salesforce dashboards take forever to load on Monday mornings, so the pipeline review always starts late. #crm #salesforce"),
            List.of("crm", "#tip Log calls and emails from the Salesforce Outlook add-in: the email and the contact are linked to the opportunity automatically, no copy-paste. #crm #salesforce"),
            List.of("sales", "#faq Qui valide une remise commerciale ? | Jusqu'à 10 % : le commercial seul. De 10 à 20 % : la responsable des ventes (Claire). Au-delà de 20 % : direction commerciale puis Finance, via le workflow d'approbation Salesforce. #remise #pricing"),
            List.of("sales", "#faq Comment je réaffecte un lead à un collègue dans Salesforce ? | Pas besoin d'admin : ouvre le lead, clique sur l'icône de changement à côté du champ « Propriétaire », choisis ton collègue et coche « Envoyer un e-mail de notification ». #salesforce"),
            List.of("sales", "#faq How do I create a quote (devis) for a client? | From the Salesforce opportunity click 'New Quote', add products from the 2024 price book, then 'Generate PDF' with the Lumen template. Quotes are valid 30 days; send them from Salesforce so the PDF is kept on the opportunity. #devis #crm #pricing"),
            List.of("sales", "#irritant Le circuit de validation des remises au-dessus de 20 % prend parfois une semaine, on perd des affaires à cause de ça. #remise"),
            List.of("sales", "#astuce Pour accélérer une validation de remise, joignez l'historique client et la marge estimée dans le commentaire d'approbation : la direction valide en général dans la journée. #remise"),
            List.of("finance", "#faq How does invoicing work for a new client? | Once the quote is signed, the sales rep moves the opportunity to 'Closed Won' in Salesforce. Finance then creates the client in the ERP and issues the invoice within 5 working days. Standard payment terms: 30 days end of month. #invoicing #facturation"),
            List.of("finance", "#faq Comment faire une demande de bon de commande (PO) ? | Dans l'ERP > Achats > Nouvelle demande d'achat, joignez le devis du fournisseur. Au-delà de 5 000 € HT, le directeur financier doit valider. Aucune facture fournisseur n'est payée sans numéro de bon de commande. #achats #bondecommande"),
            List.of("finance", "#faq Que faire si une facture client contient une erreur ? | Ne la modifiez jamais vous-même : écrivez à facturation@lumen-conseil.fr avec le numéro de facture et la correction. Finance émet un avoir et une facture rectifiée sous 48 h. #facturation"),
            List.of("finance", "#faq How do I submit an expense report? | Use Expensya (mobile app or web): take a photo of each receipt, group them in one report per month with the project code, and submit it to your manager before the 5th of the following month. You're reimbursed with the next payroll. #expenses #notesdefrais"),
            List.of("finance", "#faq Comment soumettre une note de frais ? | Dans Expensya : photographiez chaque justificatif, regroupez-les dans une note mensuelle avec le code projet et soumettez-la à votre manager avant le 5 du mois suivant. Le remboursement arrive avec la paie suivante. #notesdefrais"),
            List.of("finance", "#astuce Notes de frais : transférez les factures reçues par e-mail à recus@expensya.com depuis votre adresse pro, elles arrivent directement dans l'appli, sans photo. #notesdefrais"),
            List.of("finance", "#irritant Les clients appellent le Support pour des problèmes de facturation et on n'a aucun accès aux factures depuis Zendesk, on doit tout transférer à Finance. #facturation"),
            List.of("finance", "#irritant Certaines factures partent trois semaines après la signature du devis, et ce sont les commerciaux que les clients relancent. #facturation"),
            List.of("finance", "#tip To speed up invoicing, fill in the billing contact and the client's PO number on the Salesforce opportunity before marking it Closed Won — a missing PO number is the main cause of late invoices. #invoicing #facturation"),
            List.of("finance-direction", "#faq Le gel budgétaire concerne-t-il les achats déjà engagés ? | Non : seuls les achats non engagés sont gelés jusqu'au 30 septembre. Tout nouvel achat au-delà de 1 000 € HT doit être validé par Marc, et les recrutements non signés sont suspendus. #budget"),
            List.of("finance-direction", "#faq Quel est le calendrier de la revue des salaires cette année ? | Propositions des managers avant le 15 novembre, arbitrage de la direction fin novembre, annonce individuelle mi-décembre, effet au 1er janvier. Enveloppe globale : 2,5 % de la masse salariale. #salaires"),
            List.of("finance-direction", "#insight Budget T3 : la ligne événements marketing dépasse de 40 % ; on annule le salon d'automne sauf si Sales confirme au moins trois leads qualifiés d'ici fin août. #budget"),
            List.of("marketing-com", "#faq Où trouver le logo officiel de Lumen Conseil ? | Sur le Drive Communication > Marque > Logos : versions couleur, blanche et monochrome, en SVG et PNG. N'utilisez jamais un logo copié depuis le site web ou une ancienne présentation. #marque #logo"),
            List.of("marketing-com", "#faq Where can I find the brand guidelines? | Drive: Communication > Brand > 'Lumen brand guidelines 2024.pdf' (FR and EN). Fonts: Montserrat for titles, Source Sans for body text; the official PowerPoint template already applies the colours and logo. #brand #logo"),
            List.of("marketing-com", "#faq Where is the press kit? | The latest press kit (FR and EN) is on the website under /presse and on the Drive: Communication > Presse. All journalist requests go to presse@lumen-conseil.fr; only Emma and the CEO speak to the press. #presse #press"),
            List.of("marketing-com", "#faq How do I get something into the monthly newsletter? | Send your item (3 to 5 lines, one link, one image) to Oliver before the 20th using the 'Newsletter request' form bookmarked in the marketing-com channel. It goes out on the first Tuesday of the month. #newsletter"),
            List.of("marketing-com", "#insight Newsletter stats: emails sent on Tuesday at 9am get about 30% more opens than the Friday sends, so we're sticking to Tuesdays. #newsletter"),
            List.of("support", "#faq Quels sont nos délais de SLA ? | Priorité 1 (service bloqué) : réponse sous 1 h, résolution sous 4 h ouvrées. P2 : réponse sous 4 h, résolution sous 2 jours ouvrés. P3 : réponse sous 1 jour ouvré. Les délais sont suivis automatiquement dans Zendesk. #sla #zendesk"),
            List.of("support", "#faq How do I escalate a ticket in Zendesk? | Set the priority, add the 'escalade-n2' tag and assign the ticket to the 'Level 2' group. For a P1, also post the ticket link in the support-urgent channel. Level 2 must acknowledge within 30 minutes. #zendesk #sla"),
            List.of("support", "#astuce Utilisez la macro Zendesk « Relance J+3 » : elle relance le client et passe le ticket en attente automatiquement. #zendesk"),
            List.of("support", "#painpoint SLA timers keep running over the weekend on P3 tickets, so our SLA reports look much worse than reality. #sla #zendesk"));

    private LumenKnowledge() {}

    /** Posts every message as {@code manager}, who must be a knowledge manager of the conversation's bot. */
    static void postedBy(Conversation chat, String manager) {
        MESSAGES.forEach(message -> chat.in(message.get(0)).from(manager).says(message.get(1)));
    }
}
