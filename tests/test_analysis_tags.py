"""The biometrics and facial recognition tags: the noun phrases of each language for a face
matched, measured or stored (issue #11); facial recognition always implies biometrics."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Gym chain stored members' facial data without consent"),
        ("fr", "Un stade teste la reconnaissance des visages à l'entrée"),
        ("de", "Händler speicherte Gesichtsdaten seiner Kunden"),
        ("es", "Un supermercado usa reconocimiento de rostros en sus tiendas"),
        ("it", "Lo stadio introduce il riconoscimento dei volti ai tornelli"),
        ("nl", "Winkel bewaarde gezichtskenmerken van klanten"),
        # Tagging people in photos by their faces.
        ("en", "Social network settles lawsuit over automatic face-tagging of photos"),
    ],
)
def test_face_data_phrases_are_facial_recognition(lang: str, title: str) -> None:
    tags = analyze(title, "", lang).tags
    assert {"facial_recognition", "biometrics"} <= set(tags), (lang, tags)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Employer fined over fingerprint time clocks"),
        ("it", "Sanzione per il controllo delle presenze con impronte digitali"),
    ],
)
def test_fingerprints_are_biometrics_not_facial_recognition(lang: str, title: str) -> None:
    tags = set(analyze(title, "", lang).tags)
    assert "biometrics" in tags and "facial_recognition" not in tags


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        # Plurals, compounds and adjective orders of each language's term.
        ("en", "Retailer ran face-matching software on its shoppers"),
        ("fr", "Une mairie teste des reconnaissances faciales biométriques"),
        ("fr", "Un club utilisait des données biométriques faciales de ses membres"),
        ("de", "Firma betrieb eine Gesichtsdatenbank und eine Gesichtssuchmaschine"),
        ("es", "La empresa recogía datos biométricos faciales de sus clientes"),
        ("es", "Un banco prueba reconocimientos faciales en cajeros"),
        ("it", "Un comune raccoglieva dati biometrici facciali dei residenti"),
        ("nl", "Sportschool bewaarde gezichtsfoto's in een gezichtsdatabase"),
        # A cloud service whose one use is matching faces.
        ("en", "Police force used Amazon Rekognition on protest footage"),
    ],
)
def test_inflected_face_terms_are_facial_recognition(lang: str, title: str) -> None:
    tags = analyze(title, "", lang).tags
    assert {"facial_recognition", "biometrics"} <= set(tags), (lang, tags)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        # "Gesichtspunkt" (point of view) is a compound of "Gesicht" that is no face data.
        ("de", "Unter dem Gesichtspunkt der Sicherheit prüft die Behörde die Kameras"),
        # Faces blurred on camera footage are not recognised.
        ("fr", "Les visages sont floutés sur les images de vidéosurveillance"),
    ],
)
def test_other_face_words_are_not_facial_recognition(lang: str, title: str) -> None:
    assert "facial_recognition" not in analyze(title, "", lang).tags


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        # Emotion recognition reads faces or voices (biometric data in the AI Act's terms), and
        # an iris scanned is named by its verb as by its noun.
        ("en", "Exampla fined for emotion recognition in call centres"),
        ("fr", "Amende pour la reconnaissance des émotions des salariés"),
        ("de", "Bußgeld wegen Emotionserkennung am Arbeitsplatz"),
        ("es", "Multa por escanear el iris de los usuarios"),
        ("it", "Multa per scansionare l'iride dei clienti"),
        ("nl", "Boete voor emotieherkenning in winkels"),
    ],
)
def test_emotion_recognition_and_iris_verbs_are_biometrics(lang: str, title: str) -> None:
    found = analyze(title, "", lang).tags
    assert "biometrics" in found and "facial_recognition" not in found


def test_the_children_tag_takes_no_word_of_another_sense() -> None:
    # The English "eleven" is no French "élève", its "kind" no German or Dutch child; the
    # Spanish "menor" alone is also "smaller"; the French verb "s'élever à" (to amount to) is
    # spelt as the singular "élève" once accents are folded.
    assert "children" not in analyze("Eleven companies fined €5m in total", "").tags
    assert "children" not in analyze("L'amende infligée à Exempla s'élève à 5 millions d'euros", "").tags
    assert "children" not in analyze("Multa menor para Ejemplo", "").tags
    assert "children" not in analyze("Exampla fined €5m, the first of its kind", "").tags
    assert "children" in analyze("Amende pour les données des élèves", "").tags
    assert "children" in analyze("Multa por tratar datos de menores", "").tags
