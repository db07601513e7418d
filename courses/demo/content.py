"""Demo training content for Passerelle: five courses and two curricula, in French and English.

Pure data, no Django imports. The ``seed_demo`` command turns it into courses, modules and
curricula. Every text was written for the platform; sources are cited by title, never quoted.
A module's French and English bodies have the same sequence of block types, block by block.

Block types: ``heading``, ``text``, ``key_point``, ``warning`` (HTML strings using only
p, strong, em, ul, ol and li), ``case_study`` (a dict with title, scenario and questions) and
``reflection`` (a dict with prompt and required).
"""

# ---------------------------------------------------------------------------------------------
# 1. The psychological dimension of violent extremism in prison settings
# ---------------------------------------------------------------------------------------------

_PSYCHOLOGY = {
    "key": "psychology",
    "slug": "psychology-of-violent-extremism",
    "level": "introductory",
    "target_positions": [
        "prison_officer",
        "psychologist",
        "social_worker",
        "religious_counsellor",
        "educator",
        "medical_staff",
        "manager",
        "probation_officer",
    ],
    "open_for_self_enrollment": True,
    "certificate_validity_months": 24,
    "modules_in_order": False,
    "prerequisites": [],
    "fr": {
        "title": "La dimension psychologique de l'extrémisme violent en milieu carcéral",
        "summary": (
            "Pourquoi et comment une personne s'engage dans l'extrémisme violent, et comment elle "
            "peut en sortir. Ce cours présente les besoins humains que les groupes violents "
            "exploitent, la différence entre désengagement et déradicalisation, et ce que la "
            "détention change à ces parcours."
        ),
        "learning_outcomes": [
            (
                "Décrire plusieurs parcours d'entrée dans l'extrémisme violent sans recourir à un "
                "profil type."
            ),
            (
                "Reconnaître les besoins d'identité, d'appartenance et de reconnaissance derrière "
                "un engagement."
            ),
            "Distinguer le désengagement (comportement) de la déradicalisation (convictions).",
            (
                "Expliquer en quoi la détention peut aggraver un engagement ou ouvrir une voie de "
                "sortie."
            ),
        ],
    },
    "en": {
        "title": "The psychological dimension of violent extremism in prison settings",
        "summary": (
            "Why and how people become involved in violent extremism, and how they can leave it. "
            "This course presents the human needs that violent groups exploit, the difference "
            "between disengagement and de-radicalisation, and what imprisonment does to these "
            "pathways."
        ),
        "learning_outcomes": [
            (
                "Describe several pathways into violent extremism without relying on a typical "
                "profile."
            ),
            "Recognise the needs for identity, belonging and significance behind an involvement.",
            "Distinguish disengagement (behaviour) from de-radicalisation (beliefs).",
            "Explain how imprisonment can deepen an involvement or open a way out.",
        ],
    },
    "modules": [
        {
            "slug": "pathways-into-violent-extremism",
            "estimated_minutes": 15,
            "fr": {
                "title": "Les parcours vers l'extrémisme violent",
                "body": [
                    ("heading", "Il n'existe pas de profil type"),
                    (
                        "text",
                        (
                            "<p>Il n'existe pas de portrait unique de la personne qui s'engage "
                            "dans l'extrémisme violent. Les études menées dans différentes régions "
                            "du monde décrivent des personnes très diverses : jeunes sans emploi "
                            "ou diplômés, isolés ou très entourés, croyants fervents ou peu "
                            "pratiquants. La grande majorité ne souffre d'aucun trouble "
                            "mental.</p><p>On parle donc de <strong>parcours</strong> plutôt que "
                            "de profil : un cheminement progressif, fait de rencontres, "
                            "d'expériences et de décisions, qui peut s'arrêter, ralentir ou "
                            "s'inverser à chaque étape.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Les spécialistes distinguent souvent trois familles de facteurs, "
                            "qui se combinent différemment chez chacun :</p><ul><li><strong>Les "
                            "facteurs de poussée</strong> : injustices vécues ou perçues, "
                            "exclusion, violences subies, absence de perspectives, conflits "
                            "locaux.</li><li><strong>Les facteurs d'attraction</strong> : ce que "
                            "le groupe promet, comme un revenu, une protection, un statut, une "
                            "cause, une famille de remplacement.</li><li><strong>Les facteurs "
                            "personnels</strong> : histoire familiale, traumatismes, goût de "
                            "l'aventure, besoin de reconnaissance, liens avec des personnes déjà "
                            "engagées.</li></ul><p>Au Sahel, l'entrée dans un groupe armé répond "
                            "souvent à des motifs très concrets, comme protéger sa famille, son "
                            "bétail ou sa communauté, ou gagner de quoi vivre, autant qu'à des "
                            "convictions.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>L'idéologie n'est qu'un élément parmi d'autres, et rarement le "
                            "premier. Comprendre ce qu'une personne est venue chercher dans un "
                            "groupe aide à comprendre ce qui pourrait l'en éloigner.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Ne confondez pas une conviction religieuse, même très stricte, "
                            "avec l'adhésion à la violence. Pratiquer sa religion est un droit. Ce "
                            "qui doit retenir votre attention, ce sont des comportements, par "
                            "exemple le fait de justifier la violence contre d'autres "
                            "personnes.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Le parcours d'Oumar",
                            "scenario": (
                                "<p>Oumar, 22 ans, arrive à l'établissement en détention "
                                "provisoire, poursuivi pour association avec un groupe armé. Lors "
                                "de l'entretien d'accueil, il explique qu'il gardait les "
                                "troupeaux de sa famille dans une zone où le groupe contrôlait "
                                "les pâturages. Il a accepté de transporter des vivres en échange "
                                "d'une protection et d'un peu d'argent.</p><p>Il parle peu de "
                                "religion, mais longuement de la mort de deux de ses frères et de "
                                "sa colère contre les autorités locales, qu'il accuse de les "
                                "avoir abandonnés.</p>"
                            ),
                            "questions": [
                                (
                                    "Quels facteurs de poussée, d'attraction et personnels "
                                    "repérez-vous dans le récit d'Oumar ?"
                                ),
                                (
                                    "Quelles informations supplémentaires vous seraient utiles, et "
                                    "auprès de qui les chercher ?"
                                ),
                                (
                                    "Que risquerait-on en le traitant d'emblée comme un idéologue "
                                    "convaincu ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Avant ce module, quelle image vous faisiez-vous d'une personne "
                                "qui rejoint un groupe extrémiste violent ? Qu'est-ce qui a "
                                "changé, ou non, dans cette image ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Pathways into violent extremism",
                "body": [
                    ("heading", "There is no typical profile"),
                    (
                        "text",
                        (
                            "<p>There is no single portrait of the person who becomes involved in "
                            "violent extremism. Studies in many regions describe very different "
                            "people: unemployed young people and graduates, isolated people and "
                            "people with many ties, devout believers and people who hardly "
                            "practise. The great majority have no mental disorder.</p><p>This is "
                            "why we speak of <strong>pathways</strong> rather than profiles: a "
                            "gradual journey, made of encounters, experiences and decisions, which "
                            "can stop, slow down or reverse at every stage.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Specialists often distinguish three families of factors, which "
                            "combine differently in each person:</p><ul><li><strong>Push "
                            "factors</strong>: injustice experienced or perceived, exclusion, "
                            "violence suffered, lack of prospects, local "
                            "conflicts.</li><li><strong>Pull factors</strong>: what the group "
                            "promises, such as an income, protection, status, a cause, a "
                            "substitute family.</li><li><strong>Personal factors</strong>: family "
                            "history, trauma, a taste for adventure, a need for recognition, ties "
                            "with people already involved.</li></ul><p>In the Sahel, joining an "
                            "armed group often answers very practical motives, such as protecting "
                            "one's family, livestock or community, or earning a living, as much as "
                            "convictions.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Ideology is only one element among others, and rarely the first. "
                            "Understanding what a person came to find in a group helps to "
                            "understand what could draw them away from it.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Do not confuse a religious conviction, even a very strict one, "
                            "with support for violence. Practising one's religion is a right. What "
                            "should hold your attention is behaviour, for example justifying "
                            "violence against other people.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Oumar's pathway",
                            "scenario": (
                                "<p>Oumar, 22, arrives at the prison on remand, charged with "
                                "association with an armed group. During the intake interview he "
                                "explains that he herded his family's cattle in an area where the "
                                "group controlled the grazing land. He agreed to carry food "
                                "supplies in exchange for protection and a little money.</p><p>He "
                                "says little about religion, but speaks at length about the death "
                                "of two of his brothers and about his anger at the local "
                                "authorities, whom he accuses of having abandoned them.</p>"
                            ),
                            "questions": [
                                (
                                    "Which push, pull and personal factors do you find in Oumar's "
                                    "account?"
                                ),
                                (
                                    "What further information would help you, and whom would you "
                                    "ask for it?"
                                ),
                                (
                                    "What would be the risk of treating him from the start as a "
                                    "committed ideologue?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Before this module, what image did you have of a person who "
                                "joins a violent extremist group? What has changed in that image, "
                                "if anything?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "identity-belonging-significance",
            "estimated_minutes": 15,
            "fr": {
                "title": "Identité, appartenance et besoin de reconnaissance",
                "body": [
                    ("heading", "Des besoins humains ordinaires"),
                    (
                        "text",
                        (
                            "<p>Les groupes extrémistes violents recrutent rarement en commençant "
                            "par la doctrine. Ils répondent d'abord à des besoins que chacun "
                            "connaît :</p><ul><li><strong>L'identité</strong> : savoir qui l'on "
                            "est, surtout à un âge ou à un moment de la vie où tout "
                            "bascule.</li><li><strong>L'appartenance</strong> : faire partie d'un "
                            "groupe soudé, être accueilli, protégé, attendu.</li><li><strong>La "
                            "reconnaissance</strong> : compter pour quelqu'un, être respecté, "
                            "avoir une mission, effacer une humiliation. Les chercheurs parlent de "
                            "quête de sens ou d'importance personnelle.</li></ul><p>Le groupe "
                            "offre une réponse simple à tous ces besoins à la fois : un « nous » "
                            "opposé à un « eux », un rôle, une cause.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Ces besoins ne restent pas à la porte de l'établissement. Ils sont "
                            "même souvent plus forts en détention, où la personne perd son statut, "
                            "ses repères et ses proches. Si l'établissement n'offre aucune autre "
                            "réponse, le groupe reconstitué en détention reste la principale "
                            "source d'identité, de protection et de respect.</p><p>Le travail de "
                            "réhabilitation consiste donc à proposer d'autres manières, légitimes, "
                            "de satisfaire ces mêmes besoins : un rôle utile à l'atelier ou à "
                            "l'école, la reprise du lien familial, une formation qualifiante, la "
                            "reconnaissance des efforts accomplis.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>On ne retire pas à quelqu'un ce qui donne un sens à sa vie sans "
                            "lui proposer autre chose. La question utile n'est pas seulement « que "
                            "croit-il ? » mais aussi « de quoi a-t-il besoin, et qui d'autre peut "
                            "y répondre ? ».</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Ces besoins aident à comprendre un parcours ; ils n'excusent pas "
                            "les actes commis. Reconnaître les besoins d'une personne n'empêche ni "
                            "la sanction prononcée par la justice, ni la protection des "
                            "victimes.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Aminata au quartier des femmes",
                            "scenario": (
                                "<p>Aminata, 27 ans, est détenue au quartier des femmes. Elle a "
                                "été condamnée pour avoir hébergé des membres d'un groupe armé "
                                "auquel appartenait son mari. Elle n'a pas de nouvelles de ses "
                                "enfants, confiés à sa belle-mère.</p><p>Elle passe ses journées "
                                "avec deux autres détenues qui l'appellent « ma sœur », partagent "
                                "leurs repas avec elle et la défendent lors des disputes. Elle "
                                "refuse l'atelier de couture, en disant qu'elle n'a « besoin de "
                                "personne d'autre ».</p>"
                            ),
                            "questions": [
                                (
                                    "Quels besoins Aminata satisfait-elle auprès des deux autres "
                                    "détenues ?"
                                ),
                                (
                                    "Quelles autres réponses l'établissement pourrait-il offrir à "
                                    "ces besoins ?"
                                ),
                                (
                                    "Quels membres de l'équipe faudrait-il associer, et pour quoi "
                                    "faire ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Dans votre établissement, quelles occasions un détenu a-t-il "
                                "d'être reconnu pour quelque chose de positif ? Citez-en deux, ou "
                                "expliquez pourquoi il n'y en a pas."
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Identity, belonging and the need for significance",
                "body": [
                    ("heading", "Ordinary human needs"),
                    (
                        "text",
                        (
                            "<p>Violent extremist groups rarely recruit by starting with doctrine. "
                            "They first answer needs that everyone "
                            "knows:</p><ul><li><strong>Identity</strong>: knowing who one is, "
                            "especially at an age or a moment in life when everything is "
                            "shifting.</li><li><strong>Belonging</strong>: being part of a close "
                            "group, being welcomed, protected, "
                            "expected.</li><li><strong>Significance</strong>: mattering to "
                            "someone, being respected, having a mission, erasing a humiliation. "
                            "Researchers speak of a quest for meaning or personal "
                            "significance.</li></ul><p>The group offers a simple answer to all "
                            "these needs at once: an 'us' against a 'them', a role, a cause.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>These needs do not stay at the prison gate. They are often "
                            "stronger in detention, where people lose their status, their bearings "
                            "and their relatives. If the prison offers no other answer, the group "
                            "re-formed inside remains the main source of identity, protection and "
                            "respect.</p><p>Rehabilitation work therefore means offering other, "
                            "legitimate ways of meeting the same needs: a useful role in the "
                            "workshop or the school, renewed family contact, a vocational "
                            "qualification, recognition of the efforts made.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>You cannot take away what gives meaning to someone's life without "
                            "offering something else. The useful question is not only 'what does "
                            "he believe?' but also 'what does he need, and who else can meet that "
                            "need?'.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>These needs help to understand a pathway; they do not excuse the "
                            "acts committed. Recognising a person's needs does not stand in the "
                            "way of the sentence passed by the court, nor of the protection of "
                            "victims.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Aminata in the women's wing",
                            "scenario": (
                                "<p>Aminata, 27, is held in the women's wing. She was convicted "
                                "of sheltering members of an armed group to which her husband "
                                "belonged. She has no news of her children, who are in the care "
                                "of her mother-in-law.</p><p>She spends her days with two other "
                                "women who call her 'my sister', share their meals with her and "
                                "take her side in quarrels. She refuses the sewing workshop, "
                                "saying she 'needs nobody else'.</p>"
                            ),
                            "questions": [
                                "Which needs is Aminata meeting through the two other women?",
                                "What other answers to these needs could the prison offer?",
                                "Which members of the team should be involved, and to do what?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "In your prison, what opportunities does a detainee have to be "
                                "recognised for something positive? Name two, or explain why "
                                "there are none."
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "disengagement-and-de-radicalisation",
            "estimated_minutes": 15,
            "fr": {
                "title": "Désengagement et déradicalisation",
                "body": [
                    ("heading", "Deux objectifs différents"),
                    (
                        "text",
                        (
                            "<p>Le <strong>désengagement</strong> concerne le comportement : la "
                            "personne cesse de participer à la violence et s'éloigne du groupe, de "
                            "ses activités et de ses réseaux. La <strong>déradicalisation</strong> "
                            "concerne les convictions : la personne remet en question les idées "
                            "qui justifiaient la violence.</p><p>Les deux ne vont pas toujours "
                            "ensemble. Beaucoup de personnes quittent un groupe sans avoir changé "
                            "d'idées, par lassitude, par déception envers les chefs ou pour fonder "
                            "une famille. D'autres conservent des opinions radicales mais "
                            "renoncent durablement à la violence.</p>"
                        ),
                    ),
                    ("heading", "Les chemins de sortie"),
                    (
                        "text",
                        (
                            "<p>Les sorties observées combinent souvent plusieurs éléments "
                            ":</p><ul><li>la désillusion envers le groupe : hypocrisie des chefs, "
                            "violences contre des civils, promesses non tenues ;</li><li>la "
                            "fatigue, la peur, l'avancée en âge ;</li><li>de nouveaux liens : un "
                            "conjoint, des enfants, un mentor, un employeur ;</li><li>une "
                            "perspective d'avenir concrète en dehors du groupe.</li></ul><p>Le "
                            "Mémorandum de Rome du GCTF (2012) recommande que chaque programme "
                            "fixe clairement ses buts. De nombreux programmes retiennent le "
                            "désengagement comme objectif principal, parce qu'il est observable, "
                            "et considèrent l'évolution des convictions comme un progrès "
                            "souhaitable mais non exigé.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Un changement de comportement durable protège déjà la société. "
                            "Exiger d'un détenu qu'il renie publiquement ses convictions produit "
                            "souvent des déclarations de façade plutôt qu'un changement réel.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Méfiez-vous des transformations spectaculaires et rapides. Un "
                            "discours parfait peut être sincère, mais il peut aussi viser une "
                            "libération anticipée ou de meilleures conditions de détention. "
                            "Observez les actes dans la durée, dans des situations variées, et "
                            "confrontez votre avis à celui de vos collègues.</p>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Expliquez avec vos propres mots la différence entre "
                                "désengagement et déradicalisation. Décrivez ensuite un "
                                "comportement observable en détention qui pourrait signaler un "
                                "début de désengagement."
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Disengagement and de-radicalisation",
                "body": [
                    ("heading", "Two different goals"),
                    (
                        "text",
                        (
                            "<p><strong>Disengagement</strong> is about behaviour: the person "
                            "stops taking part in violence and moves away from the group, its "
                            "activities and its networks. <strong>De-radicalisation</strong> is "
                            "about beliefs: the person questions the ideas that justified "
                            "violence.</p><p>The two do not always go together. Many people leave "
                            "a group without changing their views, out of weariness, "
                            "disappointment with the leaders or the wish to start a family. Others "
                            "keep radical opinions but give up violence for good.</p>"
                        ),
                    ),
                    ("heading", "Pathways out"),
                    (
                        "text",
                        (
                            "<p>The exits that have been observed often combine several "
                            "elements:</p><ul><li>disillusionment with the group: hypocrisy of the "
                            "leaders, violence against civilians, broken "
                            "promises;</li><li>fatigue, fear, growing older;</li><li>new ties: a "
                            "spouse, children, a mentor, an employer;</li><li>a concrete prospect "
                            "for the future outside the group.</li></ul><p>The GCTF Rome "
                            "Memorandum (2012) recommends that every programme set out its goals "
                            "clearly. Many programmes choose disengagement as their main "
                            "objective, because it can be observed, and treat a change of beliefs "
                            "as welcome progress rather than a requirement.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>A lasting change in behaviour already protects society. Demanding "
                            "that a detainee publicly renounce his beliefs often produces "
                            "statements for show rather than real change.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Be wary of spectacular, rapid transformations. A perfect speech "
                            "may be sincere, but it may also aim at early release or better "
                            "conditions. Watch actions over time, in varied situations, and "
                            "compare your view with your colleagues'.</p>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Explain in your own words the difference between disengagement "
                                "and de-radicalisation. Then describe one behaviour, observable "
                                "in prison, that could signal the beginning of disengagement."
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "what-prison-does-to-pathways",
            "estimated_minutes": 20,
            "fr": {
                "title": "Ce que la prison fait à ces parcours",
                "body": [
                    ("heading", "Un lieu de risque..."),
                    (
                        "text",
                        (
                            "<p>L'incarcération est un choc : perte de liberté, de statut et de "
                            "contacts, parfois violences et surpopulation. Les personnes "
                            "vulnérables cherchent protection et sens. Dans un établissement "
                            "surpeuplé et mal tenu, où les détenus dépendent les uns des autres "
                            "pour se nourrir ou se protéger, des meneurs peuvent recruter, imposer "
                            "leur autorité, voire diriger des actions à l'extérieur.</p><p>Les "
                            "mauvais traitements, l'arbitraire et les humiliations nourrissent "
                            "directement le discours des groupes extrémistes sur l'injustice de "
                            "l'État.</p>"
                        ),
                    ),
                    ("heading", "... et une occasion de changement"),
                    (
                        "text",
                        (
                            "<p>La détention peut aussi marquer une rupture avec le groupe : la "
                            "personne est éloignée de ses réseaux, dispose de temps, rencontre des "
                            "professionnels, peut reprendre des études ou apprendre un métier. Les "
                            "experts réunis à La Haye en 2011 ont souligné qu'aucun programme ne "
                            "réussit en dehors d'un établissement sûr, bien géré et respectueux "
                            "des droits, et que la confiance entre personnel et détenus en est la "
                            "clé.</p><p>Les choix de gestion comptent aussi. Regrouper les détenus "
                            "extrémistes violents (concentration) ou les répartir parmi les autres "
                            "(dispersion) présente des avantages et des risques, à peser selon "
                            "chaque établissement et chaque personne, comme le rappelle le Manuel "
                            "de l'ONUDC sur la gestion des détenus extrémistes violents (2016).</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Un régime sûr, juste et humain n'est pas un obstacle à la sécurité "
                            ": c'est la condition de toute réhabilitation. Chaque agent "
                            "pénitentiaire y contribue par ses gestes quotidiens.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Le nouveau venu du bâtiment B",
                            "scenario": (
                                "<p>Seydou, 19 ans, incarcéré pour vol, est placé dans une "
                                "cellule surpeuplée du bâtiment B. Au bout de quelques semaines, "
                                "les agents remarquent qu'il reçoit régulièrement de la "
                                "nourriture d'un groupe de détenus poursuivis pour des faits liés "
                                "au terrorisme, qui le protègent lors des disputes.</p><p>Seydou "
                                "a cessé de se rendre à l'atelier de menuiserie. La semaine "
                                "dernière, il s'est battu avec un détenu qui avait insulté l'un "
                                "des membres du groupe.</p>"
                            ),
                            "questions": [
                                "Quels besoins de Seydou ce groupe semble-t-il satisfaire ?",
                                (
                                    "Quelles mesures l'établissement peut-il prendre, dans le "
                                    "respect de ses droits, pour réduire sa dépendance envers ce "
                                    "groupe ?"
                                ),
                                (
                                    "Comment partager ces observations avec l'équipe sans "
                                    "stigmatiser Seydou ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Citez une pratique de votre établissement qui renforce le "
                                "sentiment de justice chez les détenus, et une qui l'affaiblit. "
                                "Que pourriez-vous changer à votre niveau ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "What prison does to these pathways",
                "body": [
                    ("heading", "A place of risk..."),
                    (
                        "text",
                        (
                            "<p>Imprisonment is a shock: loss of liberty, status and contacts, "
                            "sometimes violence and overcrowding. Vulnerable people look for "
                            "protection and meaning. In an overcrowded, poorly run prison, where "
                            "detainees depend on each other for food or protection, leaders can "
                            "recruit, impose their authority and even direct actions "
                            "outside.</p><p>Ill-treatment, arbitrary decisions and humiliation "
                            "feed directly into the extremist groups' story about the injustice of "
                            "the State.</p>"
                        ),
                    ),
                    ("heading", "... and an opportunity for change"),
                    (
                        "text",
                        (
                            "<p>Detention can also mark a break with the group: the person is cut "
                            "off from their networks, has time, meets professionals, can return to "
                            "education or learn a trade. The experts who met in The Hague in 2011 "
                            "stressed that no programme succeeds outside a safe, well-run prison "
                            "that respects rights, and that trust between staff and detainees is "
                            "the key.</p><p>Management choices matter too. Grouping violent "
                            "extremist prisoners together (concentration) or spreading them among "
                            "the general population (dispersal) has advantages and risks, to be "
                            "weighed for each prison and each person, as the UNODC Handbook on the "
                            "Management of Violent Extremist Prisoners (2016) points out.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>A safe, fair and humane regime is not an obstacle to security: it "
                            "is the condition for any rehabilitation. Every prison officer "
                            "contributes to it through everyday actions.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "The newcomer in block B",
                            "scenario": (
                                "<p>Seydou, 19, imprisoned for theft, is placed in an overcrowded "
                                "cell in block B. After a few weeks, officers notice that he "
                                "regularly receives food from a group of detainees charged with "
                                "terrorism-related offences, who protect him in "
                                "quarrels.</p><p>Seydou has stopped going to the carpentry "
                                "workshop. Last week he fought with a detainee who had insulted "
                                "one of the group's members.</p>"
                            ),
                            "questions": [
                                "Which of Seydou's needs does this group seem to meet?",
                                (
                                    "What can the prison do, while respecting his rights, to "
                                    "reduce his dependence on this group?"
                                ),
                                (
                                    "How can these observations be shared with the team without "
                                    "stigmatising Seydou?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Name one practice in your prison that strengthens detainees' "
                                "sense of fairness, and one that weakens it. What could you "
                                "change at your level?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Risk and needs indicators
# ---------------------------------------------------------------------------------------------

_RISK = {
    "key": "risk",
    "slug": "risk-and-needs-indicators",
    "level": "intermediate",
    "target_positions": [
        "prison_officer",
        "psychologist",
        "social_worker",
        "manager",
        "probation_officer",
    ],
    "open_for_self_enrollment": True,
    "certificate_validity_months": 24,
    "modules_in_order": True,
    "prerequisites": ["psychology"],
    "fr": {
        "title": "Indicateurs de risques et de besoins",
        "summary": (
            "Comment repérer les signes d'un engagement qui se renforce ou qui faiblit, et "
            "comment les évaluer avec méthode. Ce cours présente le jugement professionnel "
            "structuré, les limites des listes de contrôle et le cycle d'évaluation, de l'accueil "
            "jusqu'à la transmission au service de probation."
        ),
        "learning_outcomes": [
            "Reconnaître des indicateurs comportementaux de radicalisation et de désengagement.",
            "Expliquer les étapes d'une évaluation fondée sur le jugement professionnel structuré.",
            (
                "Justifier pourquoi une liste de contrôle ou une pratique religieuse ne constitue "
                "pas un indicateur à elle seule."
            ),
            (
                "Organiser l'évaluation à l'accueil, sa révision régulière et sa transmission aux "
                "services de suivi."
            ),
        ],
    },
    "en": {
        "title": "Risk and needs indicators",
        "summary": (
            "How to notice the signs of an involvement that is growing stronger or weaker, and "
            "how to assess them methodically. This course presents structured professional "
            "judgement, the limits of checklists and the assessment cycle, from intake to the "
            "handover to the probation service."
        ),
        "learning_outcomes": [
            "Recognise behavioural indicators of radicalisation and of disengagement.",
            "Explain the steps of an assessment based on structured professional judgement.",
            "Justify why a checklist or a religious practice is not an indicator on its own.",
            (
                "Organise assessment at intake, its regular review and its handover to supervising "
                "services."
            ),
        ],
    },
    "modules": [
        {
            "slug": "indicators-of-radicalisation-and-disengagement",
            "estimated_minutes": 20,
            "fr": {
                "title": "Indicateurs de radicalisation et de désengagement",
                "body": [
                    ("heading", "Observer des comportements, pas des croyances"),
                    (
                        "text",
                        (
                            "<p>Un indicateur est un signe observable qui mérite attention et "
                            "vérification. À lui seul, il ne prouve rien. Les indicateurs utiles "
                            "portent sur ce que la personne <strong>fait</strong>, sur ce qu'elle "
                            "<strong>dit de la violence</strong> et sur l'évolution de ses "
                            "relations, non sur sa foi.</p><p>Quelques indicateurs qui peuvent "
                            "signaler un engagement qui se renforce :</p><ul><li>justifier ou "
                            "glorifier la violence contre des civils ou contre le personnel "
                            ";</li><li>déshumaniser un groupe de personnes, en parler comme "
                            "d'animaux ou de cibles ;</li><li>menacer, faire pression sur d'autres "
                            "détenus ou les isoler pour qu'ils rejoignent un groupe ou en adoptent "
                            "les règles ;</li><li>rompre brusquement avec sa famille et avec toute "
                            "personne extérieure au groupe ;</li><li>chercher à exercer une "
                            "autorité sur d'autres détenus, collecter de l'argent, faire passer "
                            "des messages vers l'extérieur.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Les indicateurs de <strong>désengagement</strong> sont tout aussi "
                            "importants, et souvent moins bien notés :</p><ul><li>reprise ou "
                            "renforcement du lien familial ;</li><li>participation régulière à "
                            "l'école, à une formation ou au travail ;</li><li>distance prise avec "
                            "le groupe, acceptation de cohabiter avec d'autres détenus "
                            ";</li><li>expression de doutes, de regrets ou de projets d'avenir "
                            "concrets ;</li><li>respect des règles et des agents, y compris en "
                            "l'absence de surveillance.</li></ul>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Un indicateur est une question, pas une réponse. Il déclenche une "
                            "observation plus attentive, un échange avec l'équipe et, si "
                            "nécessaire, une évaluation structurée par une personne formée.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Notez des faits précis et datés (« le 12 mars, dans la cour, a "
                            "déclaré devant trois détenus que... ») plutôt que des impressions (« "
                            "il est devenu radical »). Une étiquette inscrite dans un dossier peut "
                            "suivre une personne pendant des années.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Deux semaines d'observations",
                            "scenario": (
                                "<p>En deux semaines, les agents du quartier ont consigné "
                                "plusieurs observations au sujet d'Ibrahim, 31 ans, condamné pour "
                                "des faits liés au terrorisme :</p><ul><li>il a commencé à jeûner "
                                "deux jours par semaine ;</li><li>il donne des consignes à de "
                                "jeunes détenus dans la cour, qui lui obéissent ;</li><li>un "
                                "agent l'a entendu qualifier les surveillants de « cibles » "
                                ";</li><li>il a refusé la visite de son frère, qu'il recevait "
                                "chaque mois.</li></ul>"
                            ),
                            "questions": [
                                (
                                    "Parmi ces observations, lesquelles méritent attention et "
                                    "lesquelles relèvent de sa liberté de religion ?"
                                ),
                                "Quelles vérifications feriez-vous avant de tirer une conclusion ?",
                                "À qui transmettez-vous ces observations, et sous quelle forme ?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Quels indicateurs de désengagement avez-vous déjà observés chez "
                                "un détenu ? Ont-ils été notés quelque part, et par qui ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Indicators of radicalisation and of disengagement",
                "body": [
                    ("heading", "Observe behaviour, not beliefs"),
                    (
                        "text",
                        (
                            "<p>An indicator is an observable sign that deserves attention and "
                            "checking. On its own, it proves nothing. Useful indicators concern "
                            "what the person <strong>does</strong>, what they <strong>say about "
                            "violence</strong> and how their relationships change, not their "
                            "faith.</p><p>Some indicators that may signal a strengthening "
                            "involvement:</p><ul><li>justifying or glorifying violence against "
                            "civilians or against staff;</li><li>dehumanising a group of people, "
                            "speaking of them as animals or targets;</li><li>threatening, "
                            "pressuring or isolating other detainees so that they join a group or "
                            "follow its rules;</li><li>suddenly cutting ties with family and with "
                            "anyone outside the group;</li><li>seeking authority over other "
                            "detainees, collecting money, passing messages to the "
                            "outside.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Indicators of <strong>disengagement</strong> matter just as much, "
                            "and are often recorded less well:</p><ul><li>renewed or stronger "
                            "family contact;</li><li>regular participation in school, training or "
                            "work;</li><li>distance from the group, willingness to live alongside "
                            "other detainees;</li><li>expressing doubts, regrets or concrete plans "
                            "for the future;</li><li>respecting rules and officers, including when "
                            "nobody is watching.</li></ul>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>An indicator is a question, not an answer. It triggers closer "
                            "observation, a discussion with the team and, where needed, a "
                            "structured assessment by a trained person.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Record precise, dated facts ('on 12 March, in the yard, told three "
                            "detainees that...') rather than impressions ('he has become "
                            "radical'). A label written in a file can follow a person for "
                            "years.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Two weeks of observations",
                            "scenario": (
                                "<p>Over two weeks, the officers of the wing recorded several "
                                "observations about Ibrahim, 31, convicted of terrorism-related "
                                "offences:</p><ul><li>he has started fasting two days a "
                                "week;</li><li>he gives instructions to young detainees in the "
                                "yard, who obey him;</li><li>an officer heard him call the guards "
                                "'targets';</li><li>he refused a visit from his brother, whom he "
                                "used to see every month.</li></ul>"
                            ),
                            "questions": [
                                (
                                    "Which of these observations deserve attention, and which "
                                    "belong to his freedom of religion?"
                                ),
                                "What checks would you make before drawing any conclusion?",
                                "To whom do you pass these observations, and in what form?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Which indicators of disengagement have you already observed in a "
                                "detainee? Were they recorded anywhere, and by whom?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "structured-professional-judgement",
            "estimated_minutes": 20,
            "fr": {
                "title": "Le jugement professionnel structuré",
                "body": [
                    ("heading", "Ni intuition seule, ni score automatique"),
                    (
                        "text",
                        (
                            "<p>Il existe trois grandes manières d'évaluer un risque "
                            ":</p><ul><li>le <strong>jugement non structuré</strong> : l'avis d'un "
                            "professionnel fondé sur son expérience, difficile à vérifier et "
                            "exposé aux préjugés ;</li><li>l'<strong>approche actuarielle</strong> "
                            ": un score calculé à partir de facteurs statistiques, peu adaptée à "
                            "l'extrémisme violent, où les cas sont peu nombreux et très différents "
                            ";</li><li>le <strong>jugement professionnel structuré</strong> : "
                            "l'évaluateur examine une liste de facteurs reconnus, recueille des "
                            "informations de plusieurs sources, puis formule un jugement "
                            "argumenté.</li></ul><p>La plupart des spécialistes recommandent cette "
                            "troisième approche pour l'extrémisme violent. VERA-2R et ERG 22+ en "
                            "sont des exemples connus. Au Mali, le projet MERIT a conçu avec "
                            "l'administration pénitentiaire un outil adapté au contexte national "
                            "et l'a testé dans des établissements.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Une évaluation structurée suit des étapes claires "
                            ":</p><ol><li>Recueillir des informations de plusieurs sources : "
                            "dossier judiciaire, entretiens, observations des agents, famille, "
                            "services médicaux et sociaux.</li><li>Examiner chaque facteur de "
                            "risque et de protection prévu par l'outil.</li><li>Comprendre comment "
                            "ces facteurs s'articulent chez cette personne.</li><li>Formuler un "
                            "jugement (par exemple faible, modéré ou élevé) et l'argumenter par "
                            "écrit.</li><li>Proposer des mesures de gestion et d'accompagnement "
                            "proportionnées.</li><li>Fixer la date de la prochaine "
                            "révision.</li></ol>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Une bonne évaluation prend aussi en compte les <strong>facteurs de "
                            "protection</strong> : liens familiaux positifs, engagement dans une "
                            "formation, relation de confiance avec un membre du personnel, "
                            "perspectives d'emploi, communauté prête à accueillir la personne. Ce "
                            "sont souvent eux qui orientent le plan d'accompagnement.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Le résultat d'une évaluation structurée n'est pas un chiffre : "
                            "c'est un raisonnement écrit, que d'autres professionnels peuvent "
                            "relire, discuter et mettre à jour.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Un outil d'évaluation ne s'improvise pas. Utiliser une grille sans "
                            "formation, ou une grille trouvée sur Internet, donne une fausse "
                            "impression de rigueur. En cas de doute, transmettez vos observations "
                            "à la personne formée de votre établissement.</p>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Rappelez-vous une décision prise dans votre service sur la base "
                                "d'une simple impression. Quelles informations une démarche "
                                "structurée aurait-elle apportées ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Structured professional judgement",
                "body": [
                    ("heading", "Neither intuition alone nor an automatic score"),
                    (
                        "text",
                        (
                            "<p>There are three broad ways of assessing "
                            "risk:</p><ul><li><strong>unstructured judgement</strong>: a "
                            "professional's opinion based on experience, hard to check and open to "
                            "prejudice;</li><li>the <strong>actuarial approach</strong>: a score "
                            "calculated from statistical factors, poorly suited to violent "
                            "extremism, where cases are few and very different from one "
                            "another;</li><li><strong>structured professional judgement</strong>: "
                            "the assessor reviews a list of recognised factors, gathers "
                            "information from several sources, then forms a reasoned "
                            "judgement.</li></ul><p>Most specialists recommend this third approach "
                            "for violent extremism. VERA-2R and ERG 22+ are well-known examples. "
                            "In Mali, the MERIT project designed with the prison administration a "
                            "tool adapted to the national context and piloted it in prisons.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>A structured assessment follows clear steps:</p><ol><li>Gather "
                            "information from several sources: court file, interviews, officers' "
                            "observations, family, medical and social services.</li><li>Review "
                            "each risk and protective factor in the tool.</li><li>Understand how "
                            "these factors fit together for this person.</li><li>Form a judgement "
                            "(for example low, moderate or high) and explain it in "
                            "writing.</li><li>Propose proportionate management and support "
                            "measures.</li><li>Set the date of the next review.</li></ol>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>A good assessment also considers <strong>protective "
                            "factors</strong>: positive family ties, commitment to training, a "
                            "relationship of trust with a staff member, job prospects, a community "
                            "ready to receive the person. These often shape the support plan.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>The result of a structured assessment is not a number: it is "
                            "written reasoning that other professionals can read, discuss and "
                            "update.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>An assessment tool cannot be improvised. Using a grid without "
                            "training, or one found on the Internet, gives a false impression of "
                            "rigour. When in doubt, pass your observations to the trained person "
                            "in your prison.</p>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Think of a decision taken in your service on the basis of a mere "
                                "impression. What information would a structured approach have "
                                "added?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "beyond-checklists-and-religious-practice",
            "estimated_minutes": 15,
            "fr": {
                "title": "Pourquoi une liste de contrôle ou une pratique religieuse ne suffit pas",
                "body": [
                    ("heading", "Le piège des listes de contrôle"),
                    (
                        "text",
                        (
                            "<p>Des listes de signes « à cocher » circulent : port de la barbe, "
                            "changement de tenue, prière plus fréquente, abandon du tabac. Elles "
                            "semblent pratiques, mais elles posent trois problèmes "
                            ":</p><ul><li><strong>elles produisent de fausses alertes</strong> : "
                            "d'innombrables croyants pratiquants n'ont aucun lien avec la violence "
                            ";</li><li><strong>elles laissent passer les vrais risques</strong> : "
                            "une personne qui prépare une action peut justement cacher toute "
                            "pratique visible ;</li><li><strong>elles nourrissent la "
                            "rancœur</strong> : se sentir soupçonné à cause de sa foi confirme le "
                            "discours des recruteurs.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>La pratique religieuse est protégée. Les Règles Nelson Mandela "
                            "(2015) interdisent toute discrimination fondée sur la religion (règle "
                            "2) et prévoient que chaque détenu puisse satisfaire aux exigences de "
                            "sa vie religieuse et recevoir la visite d'un représentant qualifié de "
                            "sa confession (règles 65 et 66). Une pratique plus intense en "
                            "détention est fréquente et souvent positive : elle aide à supporter "
                            "l'enfermement, structure la journée et apaise.</p><p>Ce qui compte, "
                            "c'est le <strong>contexte</strong> et le "
                            "<strong>comportement</strong> : une pratique imposée à d'autres par "
                            "la menace, un discours qui légitime la violence, une hiérarchie "
                            "parallèle qui défie l'autorité de l'établissement.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Aucun signe isolé n'est un indicateur de risque. Seul compte un "
                            "ensemble de comportements convergents, observés dans la durée, "
                            "confirmés par plusieurs sources et interprétés par une personne "
                            "formée.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Personne n'échappe aux biais. Dès qu'un détenu est étiqueté « "
                            "dangereux », chacun tend à remarquer ce qui confirme l'étiquette et à "
                            "ignorer le reste. Cherchez activement les éléments qui contredisent "
                            "votre première impression.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Le changement de Boubacar",
                            "scenario": (
                                "<p>Boubacar, 28 ans, purge une peine pour trafic de stupéfiants. "
                                "Depuis trois mois, il prie cinq fois par jour, a cessé de fumer, "
                                "emprunte des livres religieux à la bibliothèque et assiste aux "
                                "causeries du conseiller religieux de l'établissement.</p><p>Il "
                                "travaille toujours aux cuisines, où il est apprécié, et reçoit "
                                "chaque semaine la visite de sa mère. Un collègue propose de le "
                                "transférer au quartier de haute sécurité « par précaution ».</p>"
                            ),
                            "questions": [
                                (
                                    "Les éléments rapportés justifient-ils une mesure de sécurité "
                                    "? Pourquoi ?"
                                ),
                                "Quelles informations rechercheriez-vous avant toute décision ?",
                                (
                                    "Quelles conséquences un transfert injustifié pourrait-il "
                                    "avoir pour Boubacar et pour l'établissement ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Décrivez une situation où une pratique religieuse pourrait être "
                                "prise à tort pour un signe de radicalisation. Quels "
                                "comportements observables permettraient, au contraire, de "
                                "justifier une inquiétude ?"
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Why a checklist or a religious practice is not enough",
                "body": [
                    ("heading", "The checklist trap"),
                    (
                        "text",
                        (
                            "<p>Lists of signs 'to tick' are in circulation: growing a beard, "
                            "changing one's dress, praying more often, giving up tobacco. They "
                            "look practical, but they raise three "
                            "problems:</p><ul><li><strong>they produce false alarms</strong>: "
                            "countless practising believers have no link whatsoever with "
                            "violence;</li><li><strong>they miss the real risks</strong>: someone "
                            "preparing an attack may deliberately hide any visible "
                            "practice;</li><li><strong>they breed resentment</strong>: feeling "
                            "suspected because of one's faith confirms the recruiters' "
                            "story.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Religious practice is protected. The Nelson Mandela Rules (2015) "
                            "prohibit discrimination on grounds of religion (rule 2) and provide "
                            "that every prisoner may meet the needs of his or her religious life "
                            "and receive visits from a qualified representative of his or her "
                            "faith (rules 65 and 66). More intense practice in detention is common "
                            "and often positive: it helps people cope with confinement, structures "
                            "the day and calms.</p><p>What matters is <strong>context</strong> and "
                            "<strong>behaviour</strong>: a practice imposed on others through "
                            "threats, speech that legitimises violence, a parallel hierarchy that "
                            "challenges the prison's authority.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>No single sign is an indicator of risk. What counts is a set of "
                            "converging behaviours, observed over time, confirmed by several "
                            "sources and interpreted by a trained person.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Nobody escapes bias. Once a detainee is labelled 'dangerous', "
                            "everyone tends to notice what confirms the label and to ignore the "
                            "rest. Actively look for evidence that contradicts your first "
                            "impression.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Boubacar's change",
                            "scenario": (
                                "<p>Boubacar, 28, is serving a sentence for drug trafficking. For "
                                "three months he has been praying five times a day, has stopped "
                                "smoking, borrows religious books from the library and attends "
                                "the talks of the prison's religious counsellor.</p><p>He still "
                                "works in the kitchen, where he is well liked, and his mother "
                                "visits him every week. A colleague suggests transferring him to "
                                "the high-security wing 'as a precaution'.</p>"
                            ),
                            "questions": [
                                "Do the facts reported justify a security measure? Why?",
                                "What information would you look for before any decision?",
                                (
                                    "What consequences could an unjustified transfer have for "
                                    "Boubacar and for the prison?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Describe a situation in which a religious practice could be "
                                "wrongly taken as a sign of radicalisation. Which observable "
                                "behaviours would, on the contrary, justify concern?"
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "assessment-cycle-and-information-sharing",
            "estimated_minutes": 20,
            "fr": {
                "title": "Évaluer à l'accueil, réévaluer, transmettre",
                "body": [
                    ("heading", "Une évaluation vivante"),
                    (
                        "text",
                        (
                            "<p>Les Règles Nelson Mandela (règle 94) prévoient qu'après "
                            "l'admission, un programme individuel soit établi à partir de la "
                            "connaissance des besoins, des capacités et de la situation de chaque "
                            "détenu. L'évaluation commence donc dès l'accueil : elle oriente "
                            "l'affectation, le niveau de sécurité et les activités "
                            "proposées.</p><p>Elle doit ensuite être revue à intervalles "
                            "réguliers, par exemple tous les six mois, et après tout événement "
                            "important : incident, jugement définitif, transfert, deuil, "
                            "changement marqué de comportement, préparation de la sortie.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Les personnes en détention provisoire sont présumées innocentes. "
                            "Leur évaluation sert à assurer la sécurité et à proposer un "
                            "accompagnement, jamais à établir leur culpabilité. Les informations "
                            "recueillies ne doivent pas être utilisées à d'autres fins en dehors "
                            "de ce que prévoit la loi.</p>"
                        ),
                    ),
                    ("heading", "Transmettre à la probation et aux partenaires"),
                    (
                        "text",
                        (
                            "<p>La continuité est au cœur des aspects clés de l'UNICRI pour la "
                            "réintégration : l'évaluation réalisée en détention doit accompagner "
                            "la personne jusqu'au service chargé de son suivi après la libération "
                            "(probation, juge de l'application des peines ou services sociaux, "
                            "selon le cadre national). Sans cette transmission, tout recommence à "
                            "zéro au moment le plus fragile.</p><p>Le partage obéit à quelques "
                            "règles :</p><ul><li>transmettre ce qui est "
                            "<strong>nécessaire</strong> au suivi, pas le dossier entier "
                            ";</li><li>distinguer clairement les faits, les évaluations et les "
                            "hypothèses ;</li><li>respecter la loi sur les données personnelles et "
                            "le secret médical ;</li><li>informer la personne de ce qui est "
                            "transmis, sauf exception prévue par la loi.</li></ul>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Une évaluation ancienne est une évaluation dangereuse. Une "
                            "personne jugée « à risque élevé » il y a trois ans peut avoir "
                            "profondément changé, et l'inverse est vrai aussi. Vérifiez toujours "
                            "la date et la source d'une évaluation avant d'agir.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Le dossier de Mariam",
                            "scenario": (
                                "<p>Mariam, 34 ans, sera libérée dans deux mois. À son arrivée, "
                                "il y a quatre ans, elle a été évaluée « à risque élevé ». Aucune "
                                "réévaluation n'a eu lieu depuis. Entre-temps, elle a obtenu un "
                                "certificat d'alphabétisation, anime l'atelier de teinture et "
                                "reçoit régulièrement ses enfants.</p><p>Le service chargé de son "
                                "suivi reçoit une seule ligne : « profil radical, dangereuse "
                                "».</p>"
                            ),
                            "questions": [
                                (
                                    "Quels problèmes cette transmission pose-t-elle, pour Mariam "
                                    "et pour le service de suivi ?"
                                ),
                                "Que devrait contenir une note de transmission utile ?",
                                "Qui aurait dû réévaluer Mariam, et à quels moments ?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Dans votre établissement, qui décide de réévaluer un détenu ? "
                                "Comment l'information parvient-elle aux services qui le suivront "
                                "après sa libération ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Assess at intake, review, hand over",
                "body": [
                    ("heading", "A living assessment"),
                    (
                        "text",
                        (
                            "<p>The Nelson Mandela Rules (rule 94) provide that, after admission, "
                            "an individual programme be drawn up based on knowledge of each "
                            "prisoner's needs, capacities and situation. Assessment therefore "
                            "starts at intake: it guides the placement, the security level and the "
                            "activities offered.</p><p>It must then be reviewed at regular "
                            "intervals, for example every six months, and after any significant "
                            "event: an incident, a final judgement, a transfer, a bereavement, a "
                            "marked change in behaviour, preparation for release.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>People held on remand are presumed innocent. Their assessment "
                            "serves to ensure safety and to offer support, never to establish "
                            "guilt. Information gathered must not be used for other purposes "
                            "beyond what the law provides.</p>"
                        ),
                    ),
                    ("heading", "Handing over to probation and partners"),
                    (
                        "text",
                        (
                            "<p>Continuity is at the heart of UNICRI's key aspects for "
                            "reintegration: the assessment made in prison should follow the person "
                            "to the service responsible for supervision after release (probation, "
                            "sentence enforcement judge or social services, depending on the "
                            "national framework). Without this handover, everything starts again "
                            "from zero at the most fragile moment.</p><p>Sharing follows a few "
                            "rules:</p><ul><li>pass on what is <strong>necessary</strong> for "
                            "supervision, not the whole file;</li><li>clearly separate facts, "
                            "assessments and hypotheses;</li><li>respect the law on personal data "
                            "and medical confidentiality;</li><li>tell the person what is passed "
                            "on, unless the law provides otherwise.</li></ul>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>An old assessment is a dangerous assessment. Someone rated 'high "
                            "risk' three years ago may have changed deeply, and the reverse is "
                            "also true. Always check the date and source of an assessment before "
                            "acting on it.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Mariam's file",
                            "scenario": (
                                "<p>Mariam, 34, will be released in two months. When she arrived "
                                "four years ago, she was rated 'high risk'. There has been no "
                                "review since. Meanwhile she has obtained a literacy certificate, "
                                "runs the dyeing workshop and receives regular visits from her "
                                "children.</p><p>The service that will supervise her receives a "
                                "single line: 'radical profile, dangerous'.</p>"
                            ),
                            "questions": [
                                (
                                    "What problems does this handover create, for Mariam and for "
                                    "the supervising service?"
                                ),
                                "What should a useful handover note contain?",
                                "Who should have reviewed Mariam's assessment, and when?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "In your prison, who decides to review a detainee's assessment? "
                                "How does the information reach the services that will supervise "
                                "the person after release?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Working with religious leaders and scholars
# ---------------------------------------------------------------------------------------------

_RELIGIOUS_LEADERS = {
    "key": "religious-leaders",
    "slug": "working-with-religious-leaders",
    "level": "intermediate",
    "target_positions": [
        "religious_counsellor",
        "psychologist",
        "social_worker",
        "educator",
        "manager",
    ],
    "open_for_self_enrollment": True,
    "certificate_validity_months": None,
    "modules_in_order": False,
    "prerequisites": [],
    "fr": {
        "title": "Travailler avec les leaders religieux et les érudits",
        "summary": (
            "Le rôle que des érudits religieux peuvent jouer dans la réhabilitation, et les "
            "conditions de leur réussite. Ce cours aborde leur sélection et leur soutien, la "
            "construction de récits alternatifs, le travail aux côtés des psychologues et les "
            "garanties qui protègent les droits de chacun."
        ),
        "learning_outcomes": [
            (
                "Décrire l'apport et les limites du dialogue religieux dans un programme de "
                "réhabilitation."
            ),
            "Appliquer des critères de sélection et prévoir le soutien des intervenants religieux.",
            "Distinguer contre-discours et récits alternatifs, et ce qui rend un récit crédible.",
            (
                "Organiser la collaboration avec les psychologues dans le respect du volontariat "
                "et de la liberté de religion."
            ),
        ],
    },
    "en": {
        "title": "Working with religious leaders and scholars",
        "summary": (
            "The role religious scholars can play in rehabilitation, and the conditions for their "
            "success. This course covers their selection and support, building alternative "
            "narratives, working alongside psychologists, and the safeguards that protect "
            "everyone's rights."
        ),
        "learning_outcomes": [
            "Describe what religious dialogue can and cannot bring to a rehabilitation programme.",
            "Apply selection criteria and plan support for religious practitioners.",
            (
                "Distinguish counter-narratives from alternative narratives, and say what makes a "
                "narrative credible."
            ),
            (
                "Organise cooperation with psychologists while respecting voluntary participation "
                "and freedom of religion."
            ),
        ],
    },
    "modules": [
        {
            "slug": "role-of-religious-scholars",
            "estimated_minutes": 15,
            "fr": {
                "title": "Le rôle des érudits religieux dans la réhabilitation",
                "body": [
                    ("heading", "Pourquoi associer des érudits religieux"),
                    (
                        "text",
                        (
                            "<p>Lorsque des actes de violence ont été justifiés par une lecture de "
                            "textes religieux, un dialogue sur ces textes peut aider. Un érudit "
                            "respecté peut discuter avec le détenu des interprétations qui lui ont "
                            "été transmises, apporter des connaissances que le recruteur n'avait "
                            "pas, et montrer que la tradition invoquée offre d'autres lectures, "
                            "qui condamnent la violence contre les innocents.</p><p>Le Mémorandum "
                            "de Rome du GCTF (2012) et ses orientations complémentaires sur le "
                            "rôle des érudits religieux reconnaissent cet apport, à condition "
                            "qu'il s'inscrive dans un programme plus large.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Un intervenant religieux peut notamment :</p><ul><li>mener un "
                            "dialogue individuel ou en petit groupe, à la demande du détenu "
                            ";</li><li>répondre aux questions religieuses de la vie quotidienne en "
                            "détention ;</li><li>apporter un soutien spirituel face à la "
                            "culpabilité, au deuil ou à l'angoisse ;</li><li>préparer le lien avec "
                            "une communauté religieuse qui accueillera la personne après sa sortie "
                            ";</li><li>contribuer, avec l'équipe, à l'élaboration de récits "
                            "alternatifs.</li></ul><p>Les détenus de toutes les confessions "
                            "doivent pouvoir bénéficier d'un accompagnement de leur propre "
                            "tradition.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>L'intervenant religieux n'est là ni pour surveiller, ni pour « "
                            "réformer » une religion. Il propose un dialogue sur le sens, la foi "
                            "et la conduite, en complément du travail des autres "
                            "professionnels.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>La religion n'est pas le problème à traiter. Beaucoup de détenus "
                            "poursuivis pour des faits liés à l'extrémisme violent ont une "
                            "connaissance religieuse limitée, et leur engagement s'expliquait par "
                            "d'autres motifs. Pour eux, le dialogue religieux n'est qu'une piste "
                            "parmi d'autres, et pas toujours la plus utile.</p>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Dans votre établissement, qui assure aujourd'hui "
                                "l'accompagnement religieux des détenus ? Les détenus de toutes "
                                "les confessions y ont-ils accès ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "The role of religious scholars in rehabilitation",
                "body": [
                    ("heading", "Why involve religious scholars"),
                    (
                        "text",
                        (
                            "<p>When acts of violence were justified by a reading of religious "
                            "texts, a dialogue about those texts can help. A respected scholar can "
                            "discuss with the detainee the interpretations he was given, bring "
                            "knowledge the recruiter did not have, and show that the tradition "
                            "invoked offers other readings, which condemn violence against "
                            "innocent people.</p><p>The GCTF Rome Memorandum (2012) and its "
                            "additional guidance on the role of religious scholars recognise this "
                            "contribution, provided it is part of a wider programme.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>A religious practitioner can, for example:</p><ul><li>hold "
                            "individual or small-group dialogue at the detainee's "
                            "request;</li><li>answer religious questions arising from daily life "
                            "in detention;</li><li>offer spiritual support in the face of guilt, "
                            "grief or anxiety;</li><li>prepare the link with a religious community "
                            "that will receive the person after release;</li><li>contribute, with "
                            "the team, to building alternative narratives.</li></ul><p>Detainees "
                            "of every faith should be able to receive support from their own "
                            "tradition.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>The religious practitioner is there neither to watch nor to "
                            "'reform' a religion. He or she offers a dialogue about meaning, faith "
                            "and conduct, alongside the work of the other professionals.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Religion is not the problem to be treated. Many detainees charged "
                            "with offences linked to violent extremism have limited religious "
                            "knowledge, and their involvement had other causes. For them, "
                            "religious dialogue is only one avenue among others, and not always "
                            "the most useful.</p>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "In your prison, who currently provides religious support to "
                                "detainees? Do detainees of all faiths have access to it?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "selecting-and-supporting-religious-practitioners",
            "estimated_minutes": 20,
            "fr": {
                "title": "Sélectionner et soutenir les intervenants religieux",
                "body": [
                    ("heading", "Les critères de sélection"),
                    (
                        "text",
                        (
                            "<ul><li><strong>Crédibilité</strong> auprès des détenus : "
                            "connaissances solides, bonne réputation, indépendance perçue "
                            "vis-à-vis des autorités.</li><li><strong>Capacité de "
                            "dialogue</strong> : écouter, accepter la contradiction, ne jamais "
                            "humilier.</li><li><strong>Engagement</strong> en faveur des droits "
                            "humains et rejet clair de la violence.</li><li><strong>Connaissance "
                            "du milieu carcéral</strong>, ou volonté de "
                            "l'apprendre.</li><li><strong>Vérifications de sécurité</strong> "
                            "conformes aux procédures, menées avec discrétion et "
                            "respect.</li></ul><p>Les organisations religieuses reconnues du pays "
                            "peuvent proposer des candidats ; l'établissement reste responsable du "
                            "choix final.</p>"
                        ),
                    ),
                    ("heading", "Le soutien dont ils ont besoin"),
                    (
                        "text",
                        (
                            "<ul><li>une formation initiale sur le règlement de l'établissement, "
                            "la sécurité, la confidentialité et les limites de leur rôle "
                            ";</li><li>une initiation à l'écoute et aux notions de base de la "
                            "psychologie ;</li><li>des échanges réguliers avec l'équipe "
                            "pluridisciplinaire et avec d'autres intervenants ;</li><li>un cadre "
                            "écrit et une rémunération ou un défraiement clairs ;</li><li>une "
                            "protection : leur nom et leur rôle ne sont pas rendus publics s'ils "
                            "risquent d'être menacés.</li></ul>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Un intervenant perçu comme le porte-parole de l'administration "
                            "perd sa crédibilité. Préservez sa liberté de parole dans le dialogue, "
                            "tout en l'intégrant au cadre de l'établissement.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Les intervenants religieux peuvent eux-mêmes subir des pressions, "
                            "des tentatives de manipulation ou des menaces, en détention comme à "
                            "l'extérieur. Prévoyez avec eux un moyen simple de signaler un "
                            "incident et une personne de référence dans l'établissement.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un intervenant contesté",
                            "scenario": (
                                "<p>Un établissement fait appel à un prédicateur connu pour ses "
                                "émissions de radio. Lors des séances, il parle pendant une heure "
                                "sans laisser de place aux questions et traite les détenus « "
                                "d'ignorants égarés ». La participation baisse "
                                "rapidement.</p><p>Un détenu confie à un agent : « Ils nous "
                                "envoient le prêcheur du gouvernement, on sait déjà ce qu'il va "
                                "dire. »</p>"
                            ),
                            "questions": [
                                "Qu'est-ce qui explique l'échec de ces séances ?",
                                "Quels critères de sélection auraient dû être pris en compte ?",
                                (
                                    "Comment l'établissement peut-il corriger la situation sans "
                                    "humilier l'intervenant ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Si vous deviez proposer un intervenant religieux pour votre "
                                "établissement, quelles qualités rechercheriez-vous en priorité, "
                                "et pourquoi ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Selecting and supporting religious practitioners",
                "body": [
                    ("heading", "Selection criteria"),
                    (
                        "text",
                        (
                            "<ul><li><strong>Credibility</strong> with detainees: sound knowledge, "
                            "good reputation, perceived independence from the "
                            "authorities.</li><li><strong>Ability to hold a dialogue</strong>: "
                            "listening, accepting disagreement, never "
                            "humiliating.</li><li><strong>Commitment</strong> to human rights and "
                            "a clear rejection of violence.</li><li><strong>Knowledge of the "
                            "prison environment</strong>, or willingness to learn "
                            "it.</li><li><strong>Security vetting</strong> in line with "
                            "procedures, carried out discreetly and respectfully.</li></ul><p>The "
                            "country's recognised religious organisations can put forward "
                            "candidates; the prison remains responsible for the final choice.</p>"
                        ),
                    ),
                    ("heading", "The support they need"),
                    (
                        "text",
                        (
                            "<ul><li>initial training on the prison's rules, security, "
                            "confidentiality and the limits of their role;</li><li>an introduction "
                            "to listening skills and basic psychology;</li><li>regular exchanges "
                            "with the multidisciplinary team and with other "
                            "practitioners;</li><li>a written framework and clear pay or "
                            "expenses;</li><li>protection: their name and role are not made public "
                            "if they could be threatened.</li></ul>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>A practitioner seen as the administration's mouthpiece loses "
                            "credibility. Preserve his or her freedom of speech in the dialogue, "
                            "while bringing them within the prison's framework.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Religious practitioners can themselves face pressure, manipulation "
                            "attempts or threats, inside the prison and outside. Agree with them "
                            "on a simple way to report an incident and on a contact person in the "
                            "prison.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "A contested practitioner",
                            "scenario": (
                                "<p>A prison calls on a preacher known for his radio programmes. "
                                "In the sessions he speaks for an hour without leaving room for "
                                "questions and calls the detainees 'misguided ignoramuses'. "
                                "Attendance quickly drops.</p><p>A detainee tells an officer: "
                                "'They send us the government's preacher; we already know what he "
                                "will say.'</p>"
                            ),
                            "questions": [
                                "What explains the failure of these sessions?",
                                "Which selection criteria should have been taken into account?",
                                (
                                    "How can the prison put things right without humiliating the "
                                    "practitioner?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "If you had to propose a religious practitioner for your prison, "
                                "which qualities would you look for first, and why?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "counter-narratives-and-alternative-narratives",
            "estimated_minutes": 20,
            "fr": {
                "title": "Contre-discours et récits alternatifs",
                "body": [
                    ("heading", "Réfuter ne suffit pas"),
                    (
                        "text",
                        (
                            "<p>Un <strong>contre-discours</strong> réfute les arguments d'un "
                            "groupe extrémiste : telle interprétation est fausse, telle promesse "
                            "est un mensonge. Il est utile, mais il reste sur le terrain choisi "
                            "par le groupe et peut provoquer un durcissement si la personne se "
                            "sent attaquée.</p><p>Un <strong>récit alternatif</strong> propose une "
                            "autre histoire dans laquelle la personne peut se reconnaître : une "
                            "autre façon d'être utile, respectée, de défendre sa communauté ou sa "
                            "foi sans violence. Il répond aux besoins d'identité, d'appartenance "
                            "et de reconnaissance étudiés dans le cours sur la dimension "
                            "psychologique.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Ce qui rend un récit crédible :</p><ul><li><strong>le "
                            "messager</strong> : une personne respectée et proche de l'expérience "
                            "du détenu, par exemple un érudit, un aîné, un pair ou un ancien "
                            "membre sorti de la violence ;</li><li><strong>le contenu</strong> : "
                            "il reconnaît les injustices réelles au lieu de les nier "
                            ";</li><li><strong>la cohérence</strong> : ce que vit le détenu dans "
                            "l'établissement ne contredit pas le discours, car on ne parle pas de "
                            "justice dans un régime arbitraire ;</li><li><strong>l'action</strong> "
                            ": le récit débouche sur des possibilités concrètes, comme une "
                            "formation, un rôle ou un projet.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Au Mali, où la majorité de la population a moins de 25 ans, le "
                            "projet MERIT a formé de jeunes responsables associatifs à l'analyse "
                            "critique des médias et à la construction de récits alternatifs, "
                            "portés par leur propre parole. En détention aussi, les jeunes sont "
                            "souvent plus sensibles à un pair, à la musique, au théâtre ou au "
                            "sport qu'à un exposé.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Le récit alternatif le plus solide est celui que la personne finit "
                            "par construire elle-même. L'intervenant ouvre des questions ; il "
                            "n'impose pas de réponses.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "La discussion de Souleymane",
                            "scenario": (
                                "<p>Lors d'une discussion de groupe animée par un intervenant "
                                "religieux et une psychologue, Souleymane, 24 ans, déclare : « "
                                "L'État nous a abandonnés. Quand les bandits volaient nos bêtes, "
                                "seul le groupe nous a défendus. »</p><p>Plusieurs participants "
                                "approuvent. D'autres regardent l'intervenant, attendant sa "
                                "réaction.</p>"
                            ),
                            "questions": [
                                (
                                    "Comment répondre sans nier l'expérience de Souleymane ni "
                                    "approuver la violence ?"
                                ),
                                "Quel récit alternatif pourrait lui parler ?",
                                "Quelles suites concrètes l'équipe pourrait-elle lui proposer ?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Pensez à un jeune détenu que vous connaissez, sans le nommer. "
                                "Quelle personne, quelle activité ou quelle histoire pourrait lui "
                                "offrir une autre image de lui-même ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Counter-narratives and alternative narratives",
                "body": [
                    ("heading", "Refuting is not enough"),
                    (
                        "text",
                        (
                            "<p>A <strong>counter-narrative</strong> refutes the arguments of an "
                            "extremist group: this interpretation is wrong, that promise is a lie. "
                            "It is useful, but it stays on ground chosen by the group and can "
                            "harden positions if the person feels attacked.</p><p>An "
                            "<strong>alternative narrative</strong> offers another story in which "
                            "the person can recognise themselves: another way to be useful and "
                            "respected, to defend one's community or faith without violence. It "
                            "answers the needs for identity, belonging and significance studied in "
                            "the course on the psychological dimension.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>What makes a narrative credible:</p><ul><li><strong>the "
                            "messenger</strong>: a respected person close to the detainee's "
                            "experience, for example a scholar, an elder, a peer or a former "
                            "member who has left violence behind;</li><li><strong>the "
                            "content</strong>: it acknowledges real injustices instead of denying "
                            "them;</li><li><strong>consistency</strong>: what the detainee lives "
                            "through in prison does not contradict the message, since one cannot "
                            "speak of justice under an arbitrary "
                            "regime;</li><li><strong>action</strong>: the narrative leads to "
                            "concrete opportunities, such as training, a role or a "
                            "project.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>In Mali, where most of the population is under 25, the MERIT "
                            "project trained young community leaders in critical media skills and "
                            "in building alternative narratives carried by their own voices. In "
                            "prison too, young people often respond better to a peer, to music, "
                            "theatre or sport than to a lecture.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>The strongest alternative narrative is the one the person ends up "
                            "building for themselves. The practitioner opens questions; he or she "
                            "does not impose answers.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Souleymane's discussion",
                            "scenario": (
                                "<p>In a group discussion led by a religious practitioner and a "
                                "psychologist, Souleymane, 24, says: 'The State abandoned us. "
                                "When bandits stole our cattle, only the group defended "
                                "us.'</p><p>Several participants nod. Others look at the "
                                "practitioner, waiting for his reaction.</p>"
                            ),
                            "questions": [
                                (
                                    "How can one respond without denying Souleymane's experience "
                                    "or approving of violence?"
                                ),
                                "Which alternative narrative might speak to him?",
                                "What concrete next steps could the team offer him?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Think of a young detainee you know, without naming him or her. "
                                "Which person, activity or story could offer them another image "
                                "of themselves?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "working-with-psychologists-and-safeguards",
            "estimated_minutes": 20,
            "fr": {
                "title": "Travailler avec les psychologues et protéger les droits",
                "body": [
                    ("heading", "Des rôles complémentaires"),
                    (
                        "text",
                        (
                            "<p>L'intervenant religieux et le psychologue abordent la même "
                            "personne sous deux angles. Le psychologue travaille sur l'histoire "
                            "personnelle, les émotions, les traumatismes, les besoins et "
                            "l'évaluation ; l'intervenant religieux, sur le sens, la foi et les "
                            "interprétations. Le Mémorandum de Rome du GCTF (2012) encourage leur "
                            "collaboration au sein d'une équipe pluridisciplinaire.</p><p>En "
                            "pratique :</p><ul><li>des réunions de synthèse régulières autour de "
                            "chaque détenu suivi ;</li><li>des rôles écrits : qui évalue, qui "
                            "accompagne, qui décide ;</li><li>des règles claires sur ce qui est "
                            "partagé en équipe et ce qui reste confidentiel ;</li><li>un "
                            "vocabulaire commun, construit lors de formations conjointes.</li></ul>"
                        ),
                    ),
                    ("heading", "Les garanties indispensables"),
                    (
                        "text",
                        (
                            "<ul><li><strong>Le volontariat</strong> : la participation au "
                            "dialogue religieux ne peut être imposée. Les Règles Nelson Mandela "
                            "(règle 65) demandent de respecter pleinement le refus d'un détenu de "
                            "recevoir un représentant religieux, et ce refus ne doit entraîner "
                            "aucune sanction.</li><li><strong>L'égalité entre confessions</strong> "
                            ": les détenus de toute confession, ou sans religion, sont traités de "
                            "la même manière.</li><li><strong>Pas de renseignement "
                            "déguisé</strong> : l'intervenant religieux n'est pas un informateur. "
                            "Il doit toutefois signaler, selon une procédure connue de tous, un "
                            "danger grave et imminent pour une personne.</li><li><strong>Aucun "
                            "propos haineux</strong> : l'intervenant ne dénigre aucune autre "
                            "confession ni aucun groupe.</li></ul>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Si les détenus apprennent que leurs confidences à l'intervenant "
                            "religieux sont rapportées aux services de renseignement, la confiance "
                            "disparaît pour tous, et l'intervenant peut être mis en danger. Les "
                            "limites de la confidentialité doivent être expliquées au détenu dès "
                            "le premier entretien.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Une confidence difficile",
                            "scenario": (
                                "<p>Depuis plusieurs mois, Adama parle à l'intervenant religieux "
                                "de ses doutes sur le groupe qu'il a rejoint. Lors d'un "
                                "entretien, il lui confie qu'un autre détenu prévoit d'agresser "
                                "un agent la semaine prochaine.</p><p>Adama supplie l'intervenant "
                                "de ne rien dire : « S'ils apprennent que c'est moi, je suis "
                                "mort. »</p>"
                            ),
                            "questions": [
                                (
                                    "Que doit faire l'intervenant de cette information, et selon "
                                    "quelle procédure ?"
                                ),
                                (
                                    "Comment protéger Adama et préserver, malgré tout, la relation "
                                    "avec lui ?"
                                ),
                                (
                                    "Quelles règles de confidentialité auraient dû lui être "
                                    "expliquées dès le départ ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Rédigez en quelques lignes les règles de collaboration que vous "
                                "proposeriez entre un intervenant religieux et un psychologue "
                                "dans votre établissement : rôles, partage d'informations, "
                                "limites."
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Working with psychologists and protecting rights",
                "body": [
                    ("heading", "Complementary roles"),
                    (
                        "text",
                        (
                            "<p>The religious practitioner and the psychologist approach the same "
                            "person from two angles. The psychologist works on personal history, "
                            "emotions, trauma, needs and assessment; the religious practitioner on "
                            "meaning, faith and interpretations. The GCTF Rome Memorandum (2012) "
                            "encourages them to work together within a multidisciplinary "
                            "team.</p><p>In practice:</p><ul><li>regular case meetings about each "
                            "detainee followed;</li><li>written roles: who assesses, who supports, "
                            "who decides;</li><li>clear rules on what is shared within the team "
                            "and what stays confidential;</li><li>a common vocabulary, built in "
                            "joint training.</li></ul>"
                        ),
                    ),
                    ("heading", "Essential safeguards"),
                    (
                        "text",
                        (
                            "<ul><li><strong>Voluntary participation</strong>: taking part in "
                            "religious dialogue cannot be imposed. The Nelson Mandela Rules (rule "
                            "65) require that a prisoner's refusal to see a religious "
                            "representative be fully respected, and such a refusal must carry no "
                            "penalty.</li><li><strong>Equality between faiths</strong>: detainees "
                            "of any faith, or of none, are treated in the same "
                            "way.</li><li><strong>No disguised intelligence gathering</strong>: "
                            "the religious practitioner is not an informant. He or she must "
                            "nevertheless report, under a procedure known to all, a serious and "
                            "imminent danger to a person.</li><li><strong>No hateful "
                            "speech</strong>: the practitioner does not disparage any other faith "
                            "or group.</li></ul>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>If detainees learn that what they confide to the religious "
                            "practitioner is passed on to intelligence services, trust disappears "
                            "for everyone, and the practitioner may be put in danger. The limits "
                            "of confidentiality must be explained to the detainee at the first "
                            "meeting.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "A difficult confidence",
                            "scenario": (
                                "<p>For several months, Adama has been talking to the religious "
                                "practitioner about his doubts regarding the group he joined. In "
                                "one meeting, he reveals that another detainee plans to attack an "
                                "officer next week.</p><p>Adama begs the practitioner to say "
                                "nothing: 'If they find out it was me, I am dead.'</p>"
                            ),
                            "questions": [
                                (
                                    "What must the practitioner do with this information, and "
                                    "under which procedure?"
                                ),
                                (
                                    "How can Adama be protected and the relationship with him "
                                    "preserved nonetheless?"
                                ),
                                (
                                    "Which confidentiality rules should have been explained to him "
                                    "from the start?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Write, in a few lines, the rules of cooperation you would "
                                "propose between a religious practitioner and a psychologist in "
                                "your prison: roles, information sharing, limits."
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
        },
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Trust and professional relationships
# ---------------------------------------------------------------------------------------------

_TRUST = {
    "key": "trust",
    "slug": "trust-and-professional-relationships",
    "level": "introductory",
    "target_positions": [
        "prison_officer",
        "psychologist",
        "social_worker",
        "religious_counsellor",
        "educator",
        "medical_staff",
        "manager",
        "other",
    ],
    "open_for_self_enrollment": True,
    "certificate_validity_months": 24,
    "modules_in_order": False,
    "prerequisites": [],
    "fr": {
        "title": "Confiance et relations professionnelles",
        "summary": (
            "La relation entre le personnel pénitentiaire et les détenus est le premier outil de "
            "sécurité et de changement. Ce cours montre comment bâtir la confiance sans perdre "
            "ses repères, reconnaître la manipulation, se protéger et prendre soin de soi, dans "
            "le cadre des Règles Nelson Mandela (2015)."
        ),
        "learning_outcomes": [
            (
                "Expliquer pourquoi la confiance est la base de la sécurité dynamique et de la "
                "réhabilitation."
            ),
            "Fixer et tenir des limites professionnelles claires.",
            "Reconnaître les étapes d'une tentative de manipulation et savoir à qui la signaler.",
            "Appliquer les mesures de protection personnelle et repérer les signes d'épuisement.",
            "Relier les gestes quotidiens aux principes des Règles Nelson Mandela.",
        ],
    },
    "en": {
        "title": "Trust and professional relationships",
        "summary": (
            "The relationship between prison staff and detainees is the first tool of both "
            "security and change. This course shows how to build trust without losing one's "
            "bearings, recognise manipulation, stay safe and look after oneself, within the "
            "framework of the Nelson Mandela Rules (2015)."
        ),
        "learning_outcomes": [
            "Explain why trust is the basis of dynamic security and rehabilitation.",
            "Set and keep clear professional boundaries.",
            "Recognise the stages of a manipulation attempt and know whom to report it to.",
            "Apply personal protection measures and spot the signs of burnout.",
            "Link everyday actions to the principles of the Nelson Mandela Rules.",
        ],
    },
    "modules": [
        {
            "slug": "trust-as-the-basis-of-change",
            "estimated_minutes": 15,
            "fr": {
                "title": "La confiance, base de tout changement",
                "body": [
                    ("heading", "Pourquoi la confiance compte"),
                    (
                        "text",
                        (
                            "<p>Les experts réunis à La Haye en 2011 ont placé la confiance entre "
                            "le personnel et les détenus au centre de tout programme de "
                            "réhabilitation. Sans confiance, le détenu ne parle pas de ses doutes, "
                            "ne saisit pas les occasions qui lui sont offertes et reste du côté du "
                            "groupe. Avec elle, un agent peut devenir la première personne qui le "
                            "traite autrement qu'en ennemi.</p><p>La confiance n'est ni de la "
                            "naïveté ni de la familiarité. Elle repose sur une attitude "
                            "<strong>juste, prévisible et respectueuse</strong>.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>La <strong>sécurité dynamique</strong> consiste à connaître les "
                            "détenus, à leur parler, à être présent dans les quartiers et à "
                            "repérer tôt les tensions. Elle complète la sécurité physique (murs, "
                            "portes, serrures) et la sécurité procédurale (fouilles, comptages). "
                            "Les Règles Nelson Mandela (règle 76) l'incluent dans la formation du "
                            "personnel, et le Manuel de l'ONUDC sur la gestion des détenus "
                            "extrémistes violents (2016) en fait un outil central.</p><p>L'agent "
                            "qui connaît son quartier sait quand quelque chose change. C'est "
                            "souvent lui qui remarque le premier un désengagement, ou une "
                            "menace.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>La confiance se construit par des gestes simples "
                            ":</p><ul><li>saluer, appeler chacun par son nom ;</li><li>expliquer "
                            "les décisions, même négatives ;</li><li>tenir ses engagements, ou "
                            "dire pourquoi on ne peut pas les tenir ;</li><li>appliquer les mêmes "
                            "règles à tous ;</li><li>ne jamais humilier, y compris par des "
                            "paroles.</li></ul>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Chaque échange compte. Un détenu qui rencontre un agent juste et "
                            "respectueux reçoit un démenti concret au discours selon lequel tous "
                            "les représentants de l'État sont des ennemis.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Hamadoun et l'agente du quartier",
                            "scenario": (
                                "<p>Hamadoun, condamné pour des faits liés au terrorisme, refuse "
                                "de répondre au personnel et l'insulte régulièrement. Kadiatou, "
                                "agente pénitentiaire du quartier, continue de le saluer chaque "
                                "matin et de lui expliquer les décisions qui le "
                                "concernent.</p><p>Un jour, Hamadoun apprend que son fils est "
                                "malade. Kadiatou obtient, selon la procédure, un appel "
                                "téléphonique avec sa famille. Quelques semaines plus tard, il "
                                "lui dit qu'il est « fatigué de tout ça » et demande s'il peut "
                                "s'inscrire à l'atelier de soudure.</p>"
                            ),
                            "questions": [
                                "Qu'est-ce qui a permis l'évolution de cette relation ?",
                                "Quelles limites Kadiatou doit-elle garder à l'esprit ?",
                                (
                                    "Comment l'équipe peut-elle soutenir cette ouverture sans la "
                                    "trahir ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Quel détenu de votre quartier vous fait le moins confiance ? "
                                "Quel geste simple et professionnel pourriez-vous faire cette "
                                "semaine pour changer cela ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Trust as the basis of any change",
                "body": [
                    ("heading", "Why trust matters"),
                    (
                        "text",
                        (
                            "<p>The experts who met in The Hague in 2011 placed trust between "
                            "staff and detainees at the centre of any rehabilitation programme. "
                            "Without trust, a detainee does not talk about his doubts, does not "
                            "take the opportunities offered and stays on the group's side. With "
                            "it, an officer can become the first person who treats him as "
                            "something other than an enemy.</p><p>Trust is neither naivety nor "
                            "familiarity. It rests on an attitude that is <strong>fair, "
                            "predictable and respectful</strong>.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p><strong>Dynamic security</strong> means knowing the detainees, "
                            "talking to them, being present on the wings and spotting tensions "
                            "early. It complements physical security (walls, doors, locks) and "
                            "procedural security (searches, counts). The Nelson Mandela Rules "
                            "(rule 76) include it in staff training, and the UNODC Handbook on the "
                            "Management of Violent Extremist Prisoners (2016) makes it a central "
                            "tool.</p><p>The officer who knows the wing knows when something "
                            "changes. He or she is often the first to notice disengagement, or a "
                            "threat.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Trust is built through simple actions:</p><ul><li>greeting people "
                            "and calling each by name;</li><li>explaining decisions, even negative "
                            "ones;</li><li>keeping one's word, or saying why one "
                            "cannot;</li><li>applying the same rules to everyone;</li><li>never "
                            "humiliating, including with words.</li></ul>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Every exchange counts. A detainee who meets a fair and respectful "
                            "officer receives a concrete denial of the story that all "
                            "representatives of the State are enemies.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Hamadoun and the wing officer",
                            "scenario": (
                                "<p>Hamadoun, convicted of terrorism-related offences, refuses to "
                                "answer staff and regularly insults them. Kadiatou, the prison "
                                "officer on his wing, keeps greeting him every morning and "
                                "explaining the decisions that concern him.</p><p>One day "
                                "Hamadoun learns that his son is ill. Kadiatou arranges, "
                                "following the procedure, a phone call with his family. A few "
                                "weeks later he tells her he is 'tired of all this' and asks "
                                "whether he can join the welding workshop.</p>"
                            ),
                            "questions": [
                                "What made this change in the relationship possible?",
                                "Which boundaries must Kadiatou keep in mind?",
                                "How can the team support this opening without betraying it?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Which detainee on your wing trusts you least? What simple, "
                                "professional gesture could you make this week to change that?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "boundaries-and-manipulation",
            "estimated_minutes": 20,
            "fr": {
                "title": "Limites professionnelles et manipulation",
                "body": [
                    ("heading", "Des limites claires protègent tout le monde"),
                    (
                        "text",
                        (
                            "<p>Une relation professionnelle a un but : la sécurité et la "
                            "réhabilitation. Elle n'est ni amicale ni hostile. Quelques limites "
                            "simples :</p><ul><li>ne rien accepter ni donner en dehors des "
                            "procédures : cadeaux, argent, téléphone, messages ;</li><li>ne rien "
                            "dire de sa vie privée, de sa famille, de son adresse ou de ses "
                            "horaires ;</li><li>ne faire aucune promesse que l'on ne peut pas "
                            "tenir ;</li><li>n'avoir aucun contact avec la famille d'un détenu en "
                            "dehors du cadre prévu ;</li><li>signaler sans attendre à sa "
                            "hiérarchie toute situation ambiguë.</li></ul>"
                        ),
                    ),
                    ("heading", "Reconnaître la manipulation"),
                    (
                        "text",
                        (
                            "<p>La manipulation suit souvent un schéma progressif "
                            ":</p><ol><li><strong>Observation</strong> : le détenu repère l'agent "
                            "fatigué, isolé, en difficulté financière ou sensible à la "
                            "flatterie.</li><li><strong>Rapprochement</strong> : compliments, "
                            "confidences, petits services, « vous n'êtes pas comme les autres "
                            "».</li><li><strong>Petites demandes</strong> : un message à "
                            "transmettre, une cigarette, une règle un peu "
                            "assouplie.</li><li><strong>Pression</strong> : une fois la règle "
                            "franchie, le détenu s'en sert pour exercer un "
                            "chantage.</li></ol><p>Une autre technique consiste à opposer les "
                            "agents entre eux (« votre collègue, lui, accepte ») pour diviser "
                            "l'équipe.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Confiance et limites ne s'opposent pas : un agent constant et "
                            "clair inspire davantage confiance qu'un agent qui fait des "
                            "exceptions.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Personne n'est à l'abri. Les agents manipulés ne sont pas plus "
                            "faibles que les autres ; souvent, ils ont simplement gardé le silence "
                            "trop longtemps. En parler tôt à un supérieur ou à un collègue de "
                            "confiance est une protection, pas un aveu d'échec.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Les petits services",
                            "scenario": (
                                "<p>Issa, jeune agent affecté au service de nuit, sympathise avec "
                                "Moussa, un détenu poli et serviable. Moussa sait que l'enfant "
                                "d'Issa est malade et lui demande souvent de ses nouvelles. Un "
                                "soir, il lui demande d'appeler son « cousin » pour le rassurer. "
                                "Issa accepte.</p><p>La semaine suivante, Moussa lui demande de "
                                "remettre un papier plié à un détenu d'un autre quartier. Devant "
                                "l'hésitation d'Issa, il ajoute calmement qu'il sait dans quel "
                                "quartier de la ville il habite.</p>"
                            ),
                            "questions": [
                                (
                                    "À quel moment la limite a-t-elle été franchie pour la "
                                    "première fois ?"
                                ),
                                "Que doit faire Issa maintenant, et que risque-t-il s'il se tait ?",
                                (
                                    "Comment l'établissement peut-il protéger Issa et prévenir ce "
                                    "type de situation ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Avez-vous déjà reçu d'un détenu une demande qui vous a mis mal à "
                                "l'aise ? Comment avez-vous réagi, et que feriez-vous aujourd'hui "
                                "?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Professional boundaries and manipulation",
                "body": [
                    ("heading", "Clear boundaries protect everyone"),
                    (
                        "text",
                        (
                            "<p>A professional relationship has a purpose: security and "
                            "rehabilitation. It is neither friendly nor hostile. A few simple "
                            "boundaries:</p><ul><li>accept or give nothing outside procedures: "
                            "gifts, money, phones, messages;</li><li>say nothing about your "
                            "private life, family, address or working hours;</li><li>make no "
                            "promise you cannot keep;</li><li>have no contact with a detainee's "
                            "family outside the established framework;</li><li>report any "
                            "ambiguous situation to your superior without delay.</li></ul>"
                        ),
                    ),
                    ("heading", "Recognising manipulation"),
                    (
                        "text",
                        (
                            "<p>Manipulation often follows a gradual "
                            "pattern:</p><ol><li><strong>Observation</strong>: the detainee spots "
                            "the officer who is tired, isolated, in financial difficulty or open "
                            "to flattery.</li><li><strong>Getting close</strong>: compliments, "
                            "confidences, small favours, 'you are not like the "
                            "others'.</li><li><strong>Small requests</strong>: a message to pass "
                            "on, a cigarette, a rule slightly "
                            "relaxed.</li><li><strong>Pressure</strong>: once a rule has been "
                            "broken, the detainee uses it for blackmail.</li></ol><p>Another "
                            "technique is to set officers against each other ('your colleague "
                            "agrees to it') to divide the team.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Trust and boundaries are not opposites: a consistent, clear "
                            "officer inspires more trust than one who makes exceptions.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Nobody is immune. Officers who are manipulated are not weaker than "
                            "others; often they simply kept silent for too long. Speaking early to "
                            "a superior or a trusted colleague is a protection, not an admission "
                            "of failure.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Small favours",
                            "scenario": (
                                "<p>Issa, a young officer on night duty, gets on well with "
                                "Moussa, a polite and helpful detainee. Moussa knows that Issa's "
                                "child is ill and often asks after him. One evening he asks Issa "
                                "to call his 'cousin' to reassure him. Issa agrees.</p><p>The "
                                "following week, Moussa asks him to hand a folded note to a "
                                "detainee on another wing. When Issa hesitates, he calmly adds "
                                "that he knows which part of town Issa lives in.</p>"
                            ),
                            "questions": [
                                "At what point was the boundary first crossed?",
                                (
                                    "What should Issa do now, and what does he risk if he stays "
                                    "silent?"
                                ),
                                (
                                    "How can the prison protect Issa and prevent this kind of "
                                    "situation?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Have you ever received a request from a detainee that made you "
                                "uneasy? How did you react, and what would you do today?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "staff-safety-and-wellbeing",
            "estimated_minutes": 15,
            "fr": {
                "title": "Sécurité et bien-être du personnel",
                "body": [
                    ("heading", "Protéger son identité"),
                    (
                        "text",
                        (
                            "<p>Le personnel qui travaille auprès de détenus extrémistes violents "
                            "peut être ciblé : menaces, pressions sur la famille, tentatives de "
                            "recrutement. Quelques réflexes :</p><ul><li>ne publier aucune photo "
                            "en uniforme et ne pas indiquer son lieu de travail sur les réseaux "
                            "sociaux ;</li><li>ne pas donner son nom complet ni son quartier "
                            "d'habitation devant les détenus ;</li><li>varier ses trajets lorsque "
                            "la situation locale l'exige ;</li><li>signaler immédiatement toute "
                            "menace, même voilée ;</li><li>connaître la procédure d'alarme et les "
                            "consignes en cas d'agression ou de prise "
                            "d'otage.</li></ul><p>Passerelle applique les mêmes principes : votre "
                            "nom et votre affectation n'apparaissent sur aucune page publique.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Ne gardez jamais une menace pour vous, même si elle vous semble "
                            "sans importance ou si vous craignez d'être jugé. Une menace signalée "
                            "peut être évaluée et traitée ; une menace tue ne peut pas l'être.</p>"
                        ),
                    ),
                    ("heading", "Prendre soin de soi et de ses collègues"),
                    (
                        "text",
                        (
                            "<p>Côtoyer chaque jour des récits de violence, des menaces et des "
                            "tensions use. Les signes d'épuisement sont connus : fatigue "
                            "persistante, irritabilité, cynisme envers les détenus, troubles du "
                            "sommeil, absences répétées. Un agent épuisé est plus exposé à "
                            "l'erreur, à la violence et à la manipulation.</p><p>L'établissement a "
                            "une responsabilité : charge de travail raisonnable, rotation des "
                            "postes, temps d'échange après un incident grave, accès à un soutien "
                            "psychologique confidentiel, reconnaissance du travail accompli. Le "
                            "Mémorandum de Rome du GCTF (2012) et les aspects clés de l'UNICRI "
                            "insistent tous deux sur le soutien au personnel pénitentiaire.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Le bien-être du personnel n'est pas un luxe : c'est une condition "
                            "de la sécurité de l'établissement et de la qualité du travail de "
                            "réhabilitation.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Après l'agression",
                            "scenario": (
                                "<p>Fatoumata, agente pénitentiaire, a assisté il y a dix jours à "
                                "l'agression d'un collègue par un détenu dans la cour. Elle a "
                                "repris le travail dès le lendemain. Depuis, elle dort mal, parle "
                                "sèchement à tous les détenus du quartier et refuse d'évoquer "
                                "l'incident : « Ça va, je ne suis pas fragile. »</p>"
                            ),
                            "questions": [
                                "Quels signes montrent que Fatoumata a besoin de soutien ?",
                                "Que peuvent faire ses collègues et sa hiérarchie ?",
                                (
                                    "Quels risques son attitude fait-elle courir à elle-même et au "
                                    "quartier ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Quelles mesures vous protégeraient le mieux, vous et votre "
                                "famille, dans votre poste actuel ? Lesquelles appliquez-vous "
                                "déjà ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Staff safety and wellbeing",
                "body": [
                    ("heading", "Protecting your identity"),
                    (
                        "text",
                        (
                            "<p>Staff who work with violent extremist prisoners can be targeted: "
                            "threats, pressure on their families, recruitment attempts. A few "
                            "habits:</p><ul><li>post no photo in uniform and do not mention your "
                            "workplace on social media;</li><li>do not give your full name or your "
                            "neighbourhood in front of detainees;</li><li>vary your routes when "
                            "the local situation calls for it;</li><li>report any threat "
                            "immediately, even a veiled one;</li><li>know the alarm procedure and "
                            "the instructions in case of assault or "
                            "hostage-taking.</li></ul><p>Passerelle applies the same principles: "
                            "your name and posting appear on no public page.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Never keep a threat to yourself, even if it seems unimportant or "
                            "you fear being judged. A threat that is reported can be assessed and "
                            "dealt with; a threat kept silent cannot.</p>"
                        ),
                    ),
                    ("heading", "Looking after yourself and your colleagues"),
                    (
                        "text",
                        (
                            "<p>Facing accounts of violence, threats and constant tension every "
                            "day wears people down. The signs of burnout are well known: "
                            "persistent fatigue, irritability, cynicism towards detainees, sleep "
                            "problems, repeated absences. An exhausted officer is more exposed to "
                            "mistakes, violence and manipulation.</p><p>The prison has a "
                            "responsibility: a reasonable workload, rotation of posts, time to "
                            "talk after a serious incident, access to confidential psychological "
                            "support, recognition of the work done. The GCTF Rome Memorandum "
                            "(2012) and UNICRI's key aspects both stress support for prison "
                            "staff.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Staff wellbeing is not a luxury: it is a condition of the prison's "
                            "security and of the quality of rehabilitation work.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "After the assault",
                            "scenario": (
                                "<p>Ten days ago, Fatoumata, a prison officer, saw a colleague "
                                "assaulted by a detainee in the yard. She was back at work the "
                                "next day. Since then she has slept badly, speaks harshly to "
                                "every detainee on the wing and refuses to talk about the "
                                "incident: 'I'm fine, I'm not fragile.'</p>"
                            ),
                            "questions": [
                                "Which signs show that Fatoumata needs support?",
                                "What can her colleagues and her superiors do?",
                                "What risks does her attitude create for herself and for the wing?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Which measures would best protect you and your family in your "
                                "current post? Which of them do you already apply?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "nelson-mandela-rules-in-daily-work",
            "estimated_minutes": 20,
            "fr": {
                "title": "Les Règles Nelson Mandela au quotidien",
                "body": [
                    ("heading", "Un cadre pour tous les détenus"),
                    (
                        "text",
                        (
                            "<p>En 2015, l'Assemblée générale des Nations Unies a adopté "
                            "l'Ensemble de règles minima des Nations Unies pour le traitement des "
                            "détenus, appelé Règles Nelson Mandela. Elles s'appliquent à tous les "
                            "détenus, y compris aux personnes poursuivies ou condamnées pour "
                            "terrorisme. Quelques principes essentiels :</p><ul><li>chaque détenu "
                            "est traité avec le respect dû à la dignité humaine ; la torture et "
                            "les traitements cruels, inhumains ou dégradants sont interdits en "
                            "toutes circonstances (règle 1) ;</li><li>les règles s'appliquent sans "
                            "discrimination, notamment de religion ou d'opinion (règle 2) "
                            ";</li><li>la détention doit protéger la société et réduire la "
                            "récidive, ce qui suppose de préparer la réinsertion (règle 4) "
                            ";</li><li>l'isolement cellulaire prolongé, au-delà de quinze jours "
                            "consécutifs, est interdit (règles 43 et 44) ;</li><li>les contacts "
                            "avec la famille sont maintenus, sous surveillance si nécessaire "
                            "(règle 58).</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Le respect des droits n'est pas une faveur accordée aux détenus. "
                            "Les mauvais traitements et l'arbitraire confirment le discours des "
                            "groupes extrémistes, fabriquent des martyrs et rendent la "
                            "réhabilitation impossible. À l'inverse, un régime juste prive les "
                            "recruteurs de leur meilleur argument.</p><p>Des restrictions de "
                            "sécurité restent possibles : elles doivent être prévues par les "
                            "règles, nécessaires, proportionnées au risque évalué pour chaque "
                            "personne et réexaminées régulièrement. Les sanctions collectives sont "
                            "interdites, et les contacts familiaux ne peuvent être restreints que "
                            "pour une durée limitée et lorsque la sécurité l'exige strictement "
                            "(règle 43).</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Sécurité et droits humains vont ensemble. Une mesure de sécurité "
                            "se justifie par un risque individuel évalué, pas par une étiquette, "
                            "et jamais par l'origine ou la religion d'une personne.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Un ordre manifestement contraire à l'interdiction de la torture ou "
                            "des mauvais traitements ne doit jamais être exécuté. Si vous êtes "
                            "témoin de mauvais traitements, signalez-les par les voies prévues. "
                            "Les détenus doivent aussi pouvoir déposer une plainte sans crainte de "
                            "représailles (règles 56 et 57).</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Une mesure collective",
                            "scenario": (
                                "<p>Après une tentative d'évasion d'un détenu, la direction "
                                "suspend pour une durée indéterminée toutes les visites "
                                "familiales du quartier qui accueille les personnes poursuivies "
                                "pour terrorisme. Plusieurs détenus entament une grève de la "
                                "faim. Deux d'entre eux, qui suivaient assidûment l'atelier de "
                                "menuiserie, cessent d'y aller et rejoignent le groupe le plus "
                                "hostile au personnel.</p>"
                            ),
                            "questions": [
                                "Quelles Règles Nelson Mandela sont en jeu dans cette situation ?",
                                "Quelles mesures plus proportionnées auraient pu être prises ?",
                                (
                                    "Quels effets cette décision peut-elle avoir sur le travail de "
                                    "réhabilitation ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Choisissez une règle présentée dans ce module. Décrivez une "
                                "situation de votre travail où elle s'applique, et ce que vous "
                                "faites concrètement pour la respecter."
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
            "en": {
                "title": "The Nelson Mandela Rules in daily work",
                "body": [
                    ("heading", "A framework for every detainee"),
                    (
                        "text",
                        (
                            "<p>In 2015 the United Nations General Assembly adopted the United "
                            "Nations Standard Minimum Rules for the Treatment of Prisoners, known "
                            "as the Nelson Mandela Rules. They apply to every prisoner, including "
                            "people charged with or convicted of terrorism. Some essential "
                            "principles:</p><ul><li>every prisoner is treated with the respect due "
                            "to human dignity; torture and cruel, inhuman or degrading treatment "
                            "are prohibited in all circumstances (rule 1);</li><li>the rules apply "
                            "without discrimination, including on grounds of religion or opinion "
                            "(rule 2);</li><li>imprisonment must protect society and reduce "
                            "reoffending, which requires preparing reintegration (rule "
                            "4);</li><li>prolonged solitary confinement, beyond fifteen "
                            "consecutive days, is prohibited (rules 43 and 44);</li><li>contact "
                            "with the family is maintained, under supervision where necessary "
                            "(rule 58).</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Respecting rights is not a favour granted to prisoners. "
                            "Ill-treatment and arbitrary decisions confirm the extremist groups' "
                            "story, create martyrs and make rehabilitation impossible. Conversely, "
                            "a fair regime deprives recruiters of their best "
                            "argument.</p><p>Security restrictions remain possible: they must be "
                            "provided for by the rules, necessary, proportionate to the risk "
                            "assessed for each person and reviewed regularly. Collective "
                            "punishment is prohibited, and family contact may be restricted only "
                            "for a limited time and where strictly required for security (rule "
                            "43).</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Security and human rights go together. A security measure is "
                            "justified by an assessed individual risk, not by a label, and never "
                            "by a person's origin or religion.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>An order that clearly breaches the prohibition of torture or "
                            "ill-treatment must never be carried out. If you witness "
                            "ill-treatment, report it through the established channels. Prisoners "
                            "must also be able to make a complaint without fear of reprisal (rules "
                            "56 and 57).</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "A collective measure",
                            "scenario": (
                                "<p>After one detainee attempts to escape, the management "
                                "suspends indefinitely all family visits in the wing holding "
                                "people charged with terrorism. Several detainees begin a hunger "
                                "strike. Two of them, who had been attending the carpentry "
                                "workshop faithfully, stop going and join the group most hostile "
                                "to staff.</p>"
                            ),
                            "questions": [
                                "Which Nelson Mandela Rules are at stake in this situation?",
                                "What more proportionate measures could have been taken?",
                                "What effects can this decision have on rehabilitation work?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Choose one rule presented in this module. Describe a situation "
                                "in your work where it applies, and what you do in practice to "
                                "respect it."
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
        },
    ],
}

# ---------------------------------------------------------------------------------------------
# 5. Preparing release and reintegration
# ---------------------------------------------------------------------------------------------

_RELEASE = {
    "key": "release",
    "slug": "preparing-release-and-reintegration",
    "level": "advanced",
    "target_positions": [
        "social_worker",
        "probation_officer",
        "psychologist",
        "religious_counsellor",
        "educator",
        "manager",
    ],
    "open_for_self_enrollment": False,
    "certificate_validity_months": None,
    "modules_in_order": True,
    "prerequisites": ["risk"],
    "fr": {
        "title": "Préparer la libération et la réintégration",
        "summary": (
            "La réintégration se prépare dès l'entrée en détention et se poursuit bien après la "
            "sortie. Ce cours suit ce parcours : plan de sortie, cartographie des ressources "
            "locales, continuité du soutien, familles et société civile, supervision, acceptation "
            "par la communauté et place des victimes."
        ),
        "learning_outcomes": [
            "Construire avec le détenu un plan de sortie individuel, commencé dès l'accueil.",
            (
                "Cartographier les ressources de réintégration d'une localité et organiser la "
                "continuité du soutien."
            ),
            "Associer les familles et la société civile en tenant compte des risques.",
            "Concevoir une supervision proportionnée qui combine contrôle et accompagnement.",
            "Préparer l'accueil par la communauté dans le respect des droits des victimes.",
        ],
    },
    "en": {
        "title": "Preparing release and reintegration",
        "summary": (
            "Reintegration is prepared from the first day of detention and continues long after "
            "release. This course follows that path: release plan, mapping local resources, "
            "continuity of support, families and civil society, supervision, community acceptance "
            "and the place of victims."
        ),
        "learning_outcomes": [
            "Build an individual release plan with the detainee, starting at intake.",
            "Map a locality's reintegration resources and organise continuity of support.",
            "Involve families and civil society while taking risks into account.",
            "Design proportionate supervision that combines control and support.",
            "Prepare the community's welcome while respecting victims' rights.",
        ],
    },
    "modules": [
        {
            "slug": "transition-planning",
            "estimated_minutes": 15,
            "fr": {
                "title": "Préparer la transition dès l'entrée",
                "body": [
                    ("heading", "La sortie se prépare dès l'accueil"),
                    (
                        "text",
                        (
                            "<p>Les semaines qui suivent la libération sont les plus fragiles : "
                            "pas de logement, pas de revenu, des proches méfiants, d'anciens "
                            "compagnons qui reprennent contact. Les aspects clés de l'UNICRI pour "
                            "la réintégration placent la préparation de la transition au premier "
                            "rang : elle commence dès l'entrée en détention et s'intensifie dans "
                            "les derniers mois.</p><p>Les Règles Nelson Mandela (règle 87) "
                            "demandent elles aussi qu'avant la fin de la peine, des mesures "
                            "assurent un retour progressif à la vie en société.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Un plan de sortie individuel répond à des questions simples "
                            ":</p><ul><li>Où la personne va-t-elle vivre, et avec qui ?</li><li>De "
                            "quoi vivra-t-elle : travail, formation, appui à une activité "
                            "?</li><li>Qui l'accompagnera : probation, travailleur social, mentor, "
                            "intervenant religieux, famille ?</li><li>Quels risques, identifiés "
                            "par l'évaluation, faut-il gérer, et comment ?</li><li>De quels "
                            "documents a-t-elle besoin : pièce d'identité, attestations de "
                            "formation, dossier médical ?</li></ul><p>Le plan se construit "
                            "<strong>avec</strong> la personne : un plan imposé est rarement "
                            "suivi.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Une libération sans préparation laisse la personne seule face à "
                            "ceux qui lui offriront de nouveau argent, protection et appartenance, "
                            "bien souvent son ancien groupe.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Une personne en détention provisoire peut être libérée à tout "
                            "moment, par exemple après un non-lieu ou un acquittement. Prévoyez "
                            "pour elle aussi un minimum de préparation : contacts utiles, "
                            "documents, orientation vers les services sociaux.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Trois mois avant la sortie",
                            "scenario": (
                                "<p>Yacouba, 30 ans, sera libéré dans trois mois après cinq ans "
                                "de détention. Il a appris la mécanique à l'atelier de "
                                "l'établissement. Son village se trouve dans une zone où un "
                                "groupe armé reste actif. Sa femme s'est installée en ville chez "
                                "un oncle. Yacouba n'a plus de pièce d'identité.</p>"
                            ),
                            "questions": [
                                "Quelles sont les priorités de son plan de sortie ?",
                                "Quels partenaires solliciter, et dans quel ordre ?",
                                (
                                    "Quels risques un retour au village présenterait-il, pour lui "
                                    "et pour la communauté ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Dans votre établissement, combien de temps avant la libération "
                                "la préparation de la sortie commence-t-elle aujourd'hui ? Qui "
                                "s'en charge ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Planning the transition from intake",
                "body": [
                    ("heading", "Release is prepared from intake"),
                    (
                        "text",
                        (
                            "<p>The weeks after release are the most fragile: no housing, no "
                            "income, wary relatives, former associates getting back in touch. "
                            "UNICRI's key aspects for reintegration put preparing the transition "
                            "first: it starts on entry into detention and intensifies in the final "
                            "months.</p><p>The Nelson Mandela Rules (rule 87) also ask that, "
                            "before the end of a sentence, steps be taken to ensure a gradual "
                            "return to life in society.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>An individual release plan answers simple "
                            "questions:</p><ul><li>Where will the person live, and with "
                            "whom?</li><li>How will they earn a living: work, training, support "
                            "for an activity?</li><li>Who will support them: probation, social "
                            "worker, mentor, religious practitioner, family?</li><li>Which risks "
                            "identified by the assessment must be managed, and how?</li><li>Which "
                            "documents do they need: identity card, training certificates, medical "
                            "file?</li></ul><p>The plan is built <strong>with</strong> the person: "
                            "a plan imposed on someone is rarely followed.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>A release without preparation leaves the person alone with those "
                            "who will once again offer money, protection and belonging, very often "
                            "their former group.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>A person held on remand can be released at any moment, for example "
                            "after charges are dropped or an acquittal. Plan a minimum of "
                            "preparation for them too: useful contacts, documents, referral to "
                            "social services.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Three months before release",
                            "scenario": (
                                "<p>Yacouba, 30, will be released in three months after five "
                                "years in prison. He learned mechanics in the prison workshop. "
                                "His village lies in an area where an armed group is still "
                                "active. His wife has moved to town to live with an uncle. "
                                "Yacouba no longer has an identity card.</p>"
                            ),
                            "questions": [
                                "What are the priorities of his release plan?",
                                "Which partners should be approached, and in what order?",
                                (
                                    "What risks would a return to the village carry, for him and "
                                    "for the community?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "In your prison, how long before release does preparation for "
                                "release currently begin? Who is in charge of it?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "mapping-resources-and-continuity-of-support",
            "estimated_minutes": 20,
            "fr": {
                "title": "Cartographier les ressources et assurer la continuité",
                "body": [
                    ("heading", "Savoir qui peut aider"),
                    (
                        "text",
                        (
                            "<p>Cartographier les ressources de réintégration, c'est recenser les "
                            "services et les personnes disponibles dans chaque localité où des "
                            "détenus retourneront : services sociaux, centres de formation "
                            "professionnelle, programmes d'emploi des jeunes, centres de santé et "
                            "de santé mentale, associations, autorités traditionnelles et "
                            "religieuses, organisations de femmes, services de probation ou "
                            "d'application des peines.</p><p>Une telle carte, tenue à jour et "
                            "partagée, évite de chercher un partenaire dans l'urgence quelques "
                            "jours avant la sortie.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>La continuité du soutien signifie que ce qui a été engagé en "
                            "détention se poursuit dehors :</p><ul><li>l'évaluation des risques et "
                            "des besoins est transmise et reprise par le service de suivi "
                            ";</li><li>la formation commencée peut être terminée ou validée "
                            ";</li><li>le traitement médical ou psychologique se poursuit sans "
                            "interruption ;</li><li>la personne rencontre, avant ou juste après sa "
                            "sortie, les intervenants qui l'accompagneront dehors.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Aucune institution ne peut tout faire seule. Les aspects clés de "
                            "l'UNICRI recommandent une coopération entre administration "
                            "pénitentiaire, probation, police, services sociaux, santé, "
                            "collectivités locales et société civile. Des réunions régulières, un "
                            "point de contact dans chaque service et des règles écrites de partage "
                            "d'informations rendent cette coopération possible.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>La rupture du suivi au moment de la libération est l'une des "
                            "faiblesses les plus fréquentes des programmes. Une personne de "
                            "référence, identifiée et présentée au détenu avant la sortie, fait "
                            "souvent la différence.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Une carte vide",
                            "scenario": (
                                "<p>Un établissement régional doit préparer la libération de "
                                "trois détenus qui retourneront dans le même cercle. Hawa, "
                                "travailleuse sociale, découvre que l'établissement ne connaît "
                                "aucun partenaire sur place. Elle dispose de deux semaines.</p>"
                            ),
                            "questions": [
                                "Par où Hawa peut-elle commencer pour identifier des ressources ?",
                                "Quelles informations faut-il recueillir sur chaque partenaire ?",
                                (
                                    "Comment éviter que ce travail soit à refaire pour chaque "
                                    "libération ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Citez trois ressources de votre région qui pourraient soutenir "
                                "une personne libérée. Avez-vous un contact direct avec au moins "
                                "l'une d'elles ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Mapping resources and ensuring continuity",
                "body": [
                    ("heading", "Knowing who can help"),
                    (
                        "text",
                        (
                            "<p>Mapping reintegration resources means listing the services and "
                            "people available in each locality to which detainees will return: "
                            "social services, vocational training centres, youth employment "
                            "programmes, health and mental health services, associations, "
                            "traditional and religious authorities, women's organisations, "
                            "probation or sentence enforcement services.</p><p>Such a map, kept up "
                            "to date and shared, avoids searching for a partner in a hurry a few "
                            "days before release.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Continuity of support means that what was started in prison "
                            "carries on outside:</p><ul><li>the risk and needs assessment is "
                            "handed over to and taken up by the supervising "
                            "service;</li><li>training that was begun can be completed or "
                            "certified;</li><li>medical or psychological treatment continues "
                            "without a break;</li><li>before or just after release, the person "
                            "meets the practitioners who will support them outside.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>No institution can do everything alone. UNICRI's key aspects "
                            "recommend cooperation between the prison administration, probation, "
                            "police, social services, health, local authorities and civil society. "
                            "Regular meetings, a contact point in each service and written "
                            "information-sharing rules make this cooperation possible.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>A break in support at the moment of release is one of the most "
                            "frequent weaknesses of programmes. A contact person, identified and "
                            "introduced to the detainee before release, often makes the "
                            "difference.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "An empty map",
                            "scenario": (
                                "<p>A regional prison must prepare the release of three detainees "
                                "who will return to the same district. Hawa, a social worker, "
                                "finds that the prison knows no partner there. She has two "
                                "weeks.</p>"
                            ),
                            "questions": [
                                "Where can Hawa start to identify resources?",
                                "What information should be gathered about each partner?",
                                (
                                    "How can this work be kept from having to be redone for every "
                                    "release?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Name three resources in your region that could support a "
                                "released person. Do you have direct contact with at least one of "
                                "them?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "families-and-civil-society",
            "estimated_minutes": 20,
            "fr": {
                "title": "Familles et société civile",
                "body": [
                    ("heading", "La famille, premier partenaire"),
                    (
                        "text",
                        (
                            "<p>La famille est souvent le plus puissant des facteurs de protection "
                            ": elle offre un toit, un soutien affectif, une place, et parfois un "
                            "contrôle social bienveillant. Maintenir le lien pendant la détention, "
                            "par les visites, les appels et le courrier (règle 58 des Règles "
                            "Nelson Mandela), prépare le retour.</p><p>Les familles ont "
                            "elles-mêmes besoin d'appui : elles subissent la honte, la "
                            "stigmatisation, parfois les pressions du groupe ou la perte d'un "
                            "revenu. Les informer, les écouter et les orienter vers des services "
                            "fait partie du travail de réintégration, comme le rappellent les "
                            "aspects clés de l'UNICRI.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Toutes les familles ne sont pas protectrices. Certains proches "
                            "peuvent appartenir au même groupe ou exercer des violences. "
                            "L'évaluation doit examiner ces situations avec prudence, sans "
                            "présumer de la culpabilité d'une famille entière.</p>"
                        ),
                    ),
                    ("heading", "La société civile"),
                    (
                        "text",
                        (
                            "<p>Associations, groupements de femmes et de jeunes, leaders "
                            "communautaires et religieux, employeurs, organisations de défense des "
                            "droits : la société civile apporte ce que l'État offre difficilement, "
                            "la proximité, la confiance des communautés et un accompagnement dans "
                            "la durée. Le Mémorandum de Rome du GCTF (2012) reconnaît la place de "
                            "ces acteurs, ainsi que celle d'anciens extrémistes qui, soigneusement "
                            "choisis et accompagnés, peuvent être des messagers "
                            "crédibles.</p><p>Leur participation suppose un cadre clair : rôle "
                            "défini, formation, règles de confidentialité et protection de leurs "
                            "membres.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Réintégrer, c'est reconstruire des liens. Le travail avec les "
                            "familles et la société civile commence pendant la détention, pas le "
                            "jour de la sortie.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Le retour de Kadidia",
                            "scenario": (
                                "<p>Kadidia, 35 ans, condamnée pour avoir apporté un soutien "
                                "logistique à un groupe armé, sera libérée dans deux mois. Ses "
                                "frères refusent de l'accueillir par crainte de la réaction du "
                                "voisinage. Ses enfants vivent chez sa mère, qui souhaite son "
                                "retour. Une association de femmes du quartier propose de l'aider "
                                "à lancer un petit commerce.</p>"
                            ),
                            "questions": [
                                "Comment préparer la famille au retour de Kadidia ?",
                                (
                                    "Quel rôle l'association peut-elle jouer, et avec quelles "
                                    "précautions ?"
                                ),
                                (
                                    "Quels besoins particuliers une femme qui sort de détention "
                                    "peut-elle avoir ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Comment votre établissement informe-t-il et accompagne-t-il les "
                                "familles des détenus ? Que pourrait-on améliorer simplement ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Families and civil society",
                "body": [
                    ("heading", "The family, first partner"),
                    (
                        "text",
                        (
                            "<p>The family is often the most powerful protective factor: it offers "
                            "a roof, emotional support, a place, and sometimes benevolent social "
                            "control. Maintaining contact during detention, through visits, calls "
                            "and letters (rule 58 of the Nelson Mandela Rules), prepares the "
                            "return.</p><p>Families need support themselves: they suffer shame, "
                            "stigma, sometimes pressure from the group or the loss of an income. "
                            "Informing them, listening to them and referring them to services is "
                            "part of reintegration work, as UNICRI's key aspects point out.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Not every family is protective. Some relatives may belong to the "
                            "same group or be violent. The assessment must examine such situations "
                            "carefully, without presuming that a whole family is guilty.</p>"
                        ),
                    ),
                    ("heading", "Civil society"),
                    (
                        "text",
                        (
                            "<p>Associations, women's and youth groups, community and religious "
                            "leaders, employers, human rights organisations: civil society brings "
                            "what the State struggles to offer, closeness, the trust of "
                            "communities and long-term support. The GCTF Rome Memorandum (2012) "
                            "recognises the place of these actors, and that of former extremists "
                            "who, carefully chosen and supported, can be credible "
                            "messengers.</p><p>Their involvement requires a clear framework: a "
                            "defined role, training, confidentiality rules and protection of their "
                            "members.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Reintegrating means rebuilding ties. Work with families and civil "
                            "society starts during detention, not on the day of release.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Kadidia's return",
                            "scenario": (
                                "<p>Kadidia, 35, convicted of providing logistical support to an "
                                "armed group, will be released in two months. Her brothers refuse "
                                "to take her in, fearing the neighbours' reaction. Her children "
                                "live with her mother, who wants her back. A local women's "
                                "association offers to help her start a small business.</p>"
                            ),
                            "questions": [
                                "How can the family be prepared for Kadidia's return?",
                                "What role can the association play, and with what precautions?",
                                "What particular needs might a woman leaving prison have?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "How does your prison inform and support detainees' families? "
                                "What could be improved in simple ways?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "supervision-and-monitoring",
            "estimated_minutes": 15,
            "fr": {
                "title": "Supervision et suivi après la libération",
                "body": [
                    ("heading", "Un suivi proportionné"),
                    (
                        "text",
                        (
                            "<p>Selon le cadre légal, la personne libérée peut être soumise à des "
                            "mesures de suivi : obligation de se présenter, interdiction de "
                            "certains contacts ou de certains lieux, accompagnement par un service "
                            "de probation. La supervision et le suivi figurent parmi les aspects "
                            "clés de l'UNICRI. Ils associent deux dimensions complémentaires "
                            ":</p><ul><li>le <strong>contrôle</strong>, qui vérifie le respect des "
                            "obligations et permet de réagir à un risque "
                            ";</li><li>l'<strong>accompagnement</strong>, qui aide la personne à "
                            "construire une vie sans violence.</li></ul><p>Un suivi purement "
                            "policier isole la personne ; un accompagnement sans aucun contrôle "
                            "peut passer à côté de signaux d'alerte.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Quelques principes :</p><ul><li>des mesures prévues par la loi, "
                            "décidées par l'autorité compétente et notifiées à la personne "
                            ";</li><li>proportionnées au risque évalué et réexaminées "
                            "régulièrement ;</li><li>allégées à mesure que la personne fait preuve "
                            "de stabilité ;</li><li>coordonnées entre les services, pour éviter "
                            "les convocations répétées ou contradictoires ;</li><li>discrètes, "
                            "pour ne pas exposer la personne à la stigmatisation ou à des "
                            "représailles.</li></ul>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Le suivi vise la réussite de la réintégration, pas seulement la "
                            "détection de l'échec. Notez et valorisez aussi les progrès.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Le renseignement et les services répressifs ont un rôle légitime, "
                            "mais s'ils se confondent avec l'accompagnement, la personne ne confie "
                            "plus rien à son référent. Les informations doivent circuler selon des "
                            "règles écrites, connues des professionnels et conformes à la loi.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Des convocations en série",
                            "scenario": (
                                "<p>Depuis sa libération il y a deux mois, Abdoulaye est convoqué "
                                "chaque semaine, séparément, par la police, la gendarmerie et le "
                                "service de suivi. Ses absences répétées lui ont fait perdre sa "
                                "place d'apprenti chez un menuisier. Il dit à son référent : « "
                                "Dehors, on me traite encore comme un prisonnier. »</p>"
                            ),
                            "questions": [
                                "Quels sont les effets de ce suivi non coordonné ?",
                                "Comment organiser un suivi plus cohérent entre les services ?",
                                "Quels signes de réussite faudrait-il aussi suivre ?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Si vous travailliez dans un service de probation, quelles "
                                "informations issues de la détention vous seraient indispensables "
                                "pour suivre une personne libérée ?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Supervision and monitoring after release",
                "body": [
                    ("heading", "Proportionate supervision"),
                    (
                        "text",
                        (
                            "<p>Depending on the legal framework, a released person may be subject "
                            "to supervision measures: an obligation to report, a ban on certain "
                            "contacts or places, support from a probation service. Supervision and "
                            "monitoring are among UNICRI's key aspects. They combine two "
                            "complementary dimensions:</p><ul><li><strong>control</strong>, which "
                            "checks compliance with obligations and makes it possible to react to "
                            "a risk;</li><li><strong>support</strong>, which helps the person "
                            "build a life without violence.</li></ul><p>Purely police-led "
                            "supervision isolates the person; support without any control may miss "
                            "warning signs.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>A few principles:</p><ul><li>measures provided for by law, decided "
                            "by the competent authority and notified to the "
                            "person;</li><li>proportionate to the assessed risk and reviewed "
                            "regularly;</li><li>eased as the person shows "
                            "stability;</li><li>coordinated between services, to avoid repeated or "
                            "contradictory summonses;</li><li>discreet, so as not to expose the "
                            "person to stigma or reprisals.</li></ul>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Supervision aims at successful reintegration, not only at "
                            "detecting failure. Record and acknowledge progress too.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Intelligence and law enforcement have a legitimate role, but if "
                            "they are confused with support, the person stops confiding in their "
                            "case worker. Information must flow according to written rules, known "
                            "to professionals and consistent with the law.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Summons after summons",
                            "scenario": (
                                "<p>Since his release two months ago, Abdoulaye has been summoned "
                                "every week, separately, by the police, the gendarmerie and the "
                                "supervising service. His repeated absences have cost him his "
                                "apprenticeship with a carpenter. He tells his case worker: "
                                "'Outside, they still treat me like a prisoner.'</p>"
                            ),
                            "questions": [
                                "What are the effects of this uncoordinated supervision?",
                                (
                                    "How could more coherent supervision between services be "
                                    "organised?"
                                ),
                                "Which signs of success should also be followed?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "If you worked in a probation service, which information from the "
                                "prison would be essential for you to supervise a released person?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "community-acceptance-and-victims",
            "estimated_minutes": 20,
            "fr": {
                "title": "Acceptation par la communauté et place des victimes",
                "body": [
                    ("heading", "Préparer la communauté"),
                    (
                        "text",
                        (
                            "<p>Une réintégration réussie dépend aussi de ceux qui accueillent. "
                            "Une communauté qui rejette la personne libérée la pousse vers ceux "
                            "qui l'acceptent sans condition, souvent le groupe qu'elle a quitté. À "
                            "l'inverse, la peur des habitants est légitime et doit être "
                            "entendue.</p><p>Les aspects clés de l'UNICRI parlent d'un "
                            "environnement communautaire accueillant. Au Sahel, les chefs de "
                            "village, les leaders religieux, les associations de femmes et de "
                            "jeunes et les mécanismes traditionnels de médiation peuvent "
                            "expliquer, rassurer et fixer des conditions de retour acceptées par "
                            "tous.</p>"
                        ),
                    ),
                    ("heading", "Reconnaître les victimes"),
                    (
                        "text",
                        (
                            "<p>Les victimes de la violence extrémiste ont des droits : être "
                            "reconnues, informées, protégées et obtenir réparation. La "
                            "réintégration d'un auteur ne doit jamais se faire à leurs dépens ni à "
                            "leur insu. Selon le contexte, et toujours sur une base volontaire, "
                            "des démarches de justice réparatrice (reconnaissance des faits, "
                            "excuses, réparation, dialogue encadré) peuvent contribuer à "
                            "l'apaisement.</p><p>Le Mémorandum de Rome du GCTF (2012) reconnaît "
                            "aussi le rôle que peuvent jouer des victimes dans les programmes, par "
                            "exemple en témoignant des conséquences de la violence, lorsque cela "
                            "se fait avec soin et avec leur plein consentement.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Ne contraignez jamais une victime à rencontrer un auteur, ni un "
                            "auteur à présenter des excuses pour obtenir un avantage. Une "
                            "rencontre mal préparée peut raviver le traumatisme de la victime et "
                            "mettre les deux parties en danger.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>La réintégration réussit lorsque la personne libérée, les victimes "
                            "et la communauté trouvent chacune leur place dans le processus.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Le retour au village",
                            "scenario": (
                                "<p>Moussa, 26 ans, doit rentrer dans son village après quatre "
                                "ans de détention. Il avait participé, pour le compte d'un groupe "
                                "armé, au racket des commerçants du marché. Plusieurs familles de "
                                "commerçants exigent qu'il ne revienne pas. Le chef de village "
                                "accepte de réunir une assemblée, et une association de jeunes "
                                "est prête à l'employer à la fabrication de briques.</p>"
                            ),
                            "questions": [
                                (
                                    "Qui faudrait-il consulter avant le retour de Moussa, et dans "
                                    "quel ordre ?"
                                ),
                                "Comment tenir compte des commerçants qui ont été victimes ?",
                                (
                                    "Quelles conditions de retour pourraient être acceptables pour "
                                    "tous ?"
                                ),
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Imaginez le retour d'une personne libérée dans votre propre "
                                "quartier ou village. Qui faudrait-il préparer, quelles craintes "
                                "faudrait-il entendre, et quel rôle pourriez-vous jouer dans "
                                "votre fonction ?"
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
            "en": {
                "title": "Community acceptance and the place of victims",
                "body": [
                    ("heading", "Preparing the community"),
                    (
                        "text",
                        (
                            "<p>Successful reintegration also depends on those who receive the "
                            "person. A community that rejects a released person pushes them "
                            "towards those who accept them unconditionally, often the group they "
                            "left. At the same time, residents' fear is legitimate and must be "
                            "heard.</p><p>UNICRI's key aspects speak of a welcoming community "
                            "environment. In the Sahel, village chiefs, religious leaders, women's "
                            "and youth associations and traditional mediation mechanisms can "
                            "explain, reassure and set conditions for return that everyone "
                            "accepts.</p>"
                        ),
                    ),
                    ("heading", "Recognising victims"),
                    (
                        "text",
                        (
                            "<p>Victims of extremist violence have rights: to be recognised, "
                            "informed and protected, and to obtain redress. An offender's "
                            "reintegration must never happen at their expense or without their "
                            "knowledge. Depending on the context, and always on a voluntary basis, "
                            "restorative justice steps (acknowledging the facts, apologies, "
                            "reparation, facilitated dialogue) can help ease tensions.</p><p>The "
                            "GCTF Rome Memorandum (2012) also recognises the role victims can play "
                            "in programmes, for example by bearing witness to the consequences of "
                            "violence, when this is done with care and with their full consent.</p>"
                        ),
                    ),
                    (
                        "warning",
                        (
                            "<p>Never press a victim to meet an offender, nor an offender to "
                            "apologise in order to gain an advantage. A poorly prepared meeting "
                            "can reopen the victim's trauma and put both parties in danger.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        (
                            "<p>Reintegration succeeds when the released person, the victims and "
                            "the community each find their place in the process.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Return to the village",
                            "scenario": (
                                "<p>Moussa, 26, is due to return to his village after four years "
                                "in prison. On behalf of an armed group, he took part in "
                                "extorting money from the market traders. Several traders' "
                                "families demand that he not come back. The village chief agrees "
                                "to call an assembly, and a youth association is ready to employ "
                                "him making bricks.</p>"
                            ),
                            "questions": [
                                "Who should be consulted before Moussa returns, and in what order?",
                                "How can the traders who were victims be taken into account?",
                                "What conditions for his return could be acceptable to everyone?",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Imagine a released person returning to your own neighbourhood or "
                                "village. Who would need to be prepared, which fears would need "
                                "to be heard, and what role could you play in your position?"
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
        },
    ],
}

# ---------------------------------------------------------------------------------------------
# Course list and curricula
# ---------------------------------------------------------------------------------------------

COURSES = [_PSYCHOLOGY, _RISK, _RELIGIOUS_LEADERS, _TRUST, _RELEASE]

CURRICULA = [
    {
        "key": "core-officers",
        "slug": "core-curriculum-prison-officers",
        "target_positions": ["prison_officer"],
        "courses": ["psychology", "trust", "risk"],
        "fr": {
            "title": "Parcours de base des agents pénitentiaires",
            "summary": (
                "Les trois cours essentiels pour tout agent pénitentiaire en contact avec des "
                "détenus extrémistes violents : comprendre les parcours, bâtir une relation "
                "professionnelle de confiance en toute sécurité, et repérer avec méthode les "
                "signes de risque et de désengagement."
            ),
        },
        "en": {
            "title": "Core curriculum for prison officers",
            "summary": (
                "The three essential courses for every prison officer in contact with violent "
                "extremist prisoners: understanding pathways, building a safe professional "
                "relationship of trust, and noticing signs of risk and of disengagement "
                "methodically."
            ),
        },
    },
    {
        "key": "specialists",
        "slug": "curriculum-rehabilitation-specialists",
        "target_positions": ["psychologist", "social_worker", "religious_counsellor", "educator"],
        "courses": ["psychology", "risk", "religious-leaders", "release"],
        "fr": {
            "title": "Parcours des spécialistes de la réhabilitation",
            "summary": (
                "Pour les psychologues, travailleurs sociaux, conseillers religieux et éducateurs "
                "qui accompagnent les détenus : de la compréhension des parcours à l'évaluation "
                "des risques et des besoins, du travail avec les érudits religieux jusqu'à la "
                "préparation de la libération et de la réintégration."
            ),
        },
        "en": {
            "title": "Curriculum for rehabilitation specialists",
            "summary": (
                "For the psychologists, social workers, religious counsellors and educators who "
                "support detainees: from understanding pathways to assessing risks and needs, "
                "from working with religious scholars to preparing release and reintegration."
            ),
        },
    },
]
