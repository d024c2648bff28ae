"""The charge finder over the charge vocabulary of courts worldwide: "charge phrase -> the categories
it names" (SCHEMA.md; "other" where the schema has no category). The phrases are written for these
tests in the wording news reports use; each must give exactly its categories, no more."""

import pytest
import spacy

from watchdog_nlp.paths import MODELS_DIR
from watchdog_nlp.pipeline import read_patterns


@pytest.fixture(scope="module")
def finder():
    nlp = spacy.blank("en")
    nlp.add_pipe("watchdog_charges").initialize(patterns=read_patterns(MODELS_DIR / "charges.yaml"))
    return nlp


def categories(finder, text: str) -> set[str]:
    doc = finder(text)
    return {span.label_ for span in doc.spans["charge"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        # Russia and Belarus
        ('He was fined for "discrediting" the army in a social media post.', {"false_information"}),
        ('She was jailed for spreading "fakes" about the armed forces.', {"false_information"}),
        ("convicted of justifying terrorism in a radio broadcast", {"terrorism"}),
        ('found guilty of participating in an "undesirable" organisation', {"undesirable_organization"}),
        ("charged with financing extremism after donating to the fund", {"extremism"}),
        ("for creating an extremist community", {"extremism"}),
        ("found guilty of organising mass riots", {"mass_unrest"}),
        ("for calls for sanctions against the country", {"other"}),
        ("convicted of rehabilitating Nazism", {"other"}),
        ("for organizing actions that grossly violate public order", {"protest_violation"}),
        ("for insulting a government representative", {"insulting_officials"}),
        ("charged with discrediting the Republic of Belarus", {"false_information"}),
        ("accused of confidential cooperation with a foreign state", {"treason"}),
        ("for evading mobilization", {"desertion"}),
        # Caucasus and Central Asia
        ("charged with smuggling currency by a group of persons", {"other"}),
        ("convicted of illegal entrepreneurship and tax evasion", {"other", "tax_evasion"}),
        ("charged with forging documents", {"other"}),
        ("fined for blocking a road during the rally", {"protest_violation"}),
        ("given ten days for swearing in public", {"hooliganism"}),
        ("for membership of a banned religious group", {"extremism"}),
        ("convicted of using violence against a state official", {"violence_against_officials"}),
        ("for insulting an official in connection with his duties", {"insulting_officials"}),
        ("for inciting hostility against a social group", {"inciting_hatred"}),
        ("convicted of abusing his powers as director", {"abuse_of_office"}),
        # Iran, the Gulf, Afghanistan
        ("for propaganda against the state", {"other"}),
        ("convicted of assembly and collusion to act against national security", {"other"}),
        ("sentenced for assembly and collusion", {"other"}),
        ("for collaborating with a hostile government", {"treason"}),
        ("charged with spying for a foreign country", {"espionage"}),
        ("sentenced on a charge of armed rebellion", {"other"}),
        ("convicted of spreading rumours online", {"false_information"}),
        # Asia
        ("sentenced under the lèse-majesté law", {"insulting_officials"}),
        ("for insulting the monarchy in a speech", {"insulting_officials"}),
        ("convicted of inciting subversion of state power", {"other"}),
        ("charged with sedition", {"other"}),
        ("arrested under the UAPA", {"terrorism"}),
        ("for violating the Official Secrets Act", {"other"}),
        ("convicted of inciting secession", {"separatism"}),
        ("for gathering a crowd to disturb public order", {"protest_violation"}),
        # Africa, Europe, the Americas
        ("convicted of inciting public violence", {"mass_unrest"}),
        ("found guilty of obstructing the course of justice", {"other"}),
        ("convicted of disorderly conduct", {"hooliganism"}),
        ("for damaging public property", {"vandalism"}),
        (
            "sentenced for public disorder, contempt and insulting national symbols",
            {"mass_unrest", "insulting_officials", "other"},
        ),
        ("convicted of drug trafficking and illegal possession of arms", {"drugs", "weapons"}),
        ("accused of embezzlement and misusing public funds", {"fraud"}),
        ("charged with treason and incitement", {"treason", "other"}),
        ("found guilty of rape", {"other"}),
        ("jailed for contempt of court", {"other"}),
        ("convicted of slandering the president online", {"insulting_officials"}),
        ("fined for resisting arrest", {"violence_against_officials"}),
        ("for inciting others to take part in an unauthorised assembly", {"protest_violation"}),
        ("sentenced for insulting the feelings of religious believers", {"other"}),
        ("convicted of sabotage on the railway", {"other"}),
        ("for plotting an armed power seizure", {"other"}),
        ("convicted of currency smuggling and legalisation of criminal proceeds", {"other"}),
        ("charged with instigating inter-religious hostility", {"inciting_hatred"}),
        ("convicted of taking a police officer hostage", {"other"}),
        ("sentenced to death for armed rebellion", {"other"}),
        ("for disobeying the lawful orders of a police officer", {"other"}),
        ("sentenced for spreading false news undermining national security", {"false_information"}),
        ("convicted of conspiracy to undermine national integrity", {"other"}),
        ("convicted of treachery by a military tribunal", {"treason"}),
        ("found guilty of inciting ethnic divisions", {"inciting_hatred"}),
        ("fined for organising a demonstration without authorization", {"protest_violation"}),
        ("sentenced for abusing democratic freedoms", {"other"}),
        ("accused of misuse of social media and joining a terrorist group", {"other", "terrorism"}),
        # state security, illegal groups, religion, the nation
        ("jailed on fraud and tax-evasion charges", {"fraud", "tax_evasion"}),
        ("for calls for actions damaging state security", {"other"}),
        ("convicted of acting against national security", {"other"}),
        ("charged with forming an illegal group", {"other"}),
        ("for establishing an illegal and anti-security group", {"other"}),
        ("the judge ruled she had protested illegally", {"protest_violation"}),
        ("convicted of inciting subversion and undermining state power", {"other"}),
        ("for undermining the unity of the nation", {"other"}),
        ("sentenced to death for insulting the Prophet", {"other"}),
        ("jailed for insulting religion in a sermon", {"other"}),
        ("charged with broadcasting false reports", {"false_information"}),
        ("for denigrating Turkishness in a novel", {"other"}),
        ("convicted of conspiring with foreign powers", {"treason"}),
        ("for picking quarrels and stirring up trouble", {"hooliganism"}),
        ("fined for illegal entry into the country", {"illegal_border_crossing"}),
        ("jailed for illegally crossing into the neighbouring state", {"illegal_border_crossing"}),
        ("sentenced for activities aimed at overthrowing the people's administration", {"other"}),
        ("for making and disseminating materials against the state", {"other"}),
        ("convicted of instigating armed rebellion", {"other"}),
        ("for using violence against a representative of authority", {"violence_against_officials"}),
        ("jailed for insulting the ruler on social media", {"insulting_officials"}),
        ("convicted of assaulting a public servant", {"violence_against_officials"}),
        ("charged with rebellion against the state", {"other"}),
        ("for undermining the prestige of the state", {"other"}),
        ("convicted of hurting religious sentiments in a post", {"other"}),
        ("sentenced under section 505(a) of the penal code", {"other"}),
        ("convicted of armed insurrection", {"other"}),
        ("convicted of offences against the state", {"other"}),
        ("for harming the reputation of the state abroad", {"other"}),
        # wider world: Azerbaijan, Belarus, Iran, Vietnam, Uganda, Myanmar, China, Cuba, the Gulf
        ("charged with smuggling and resistance to law enforcement", {"other", "violence_against_officials"}),
        ("sentenced for threatening violence against an official", {"violence_against_officials"}),
        ("on charges of incitement of national, religious, and social hatred", {"inciting_hatred"}),
        ("convicted of fomenting sectarian strife", {"inciting_hatred"}),
        ("two years for insulting the leadership", {"insulting_officials"}),
        ("another two years for publishing lies", {"false_information"}),
        ("charged with spreading misinformation online", {"false_information"}),
        ("fined for discrediting the use of the armed forces", {"false_information"}),
        ("one year for disturbing public order", {"other"}),
        ("found guilty of plotting against the government", {"other"}),
        ("charged with usurping power", {"other"}),
        ("sentenced for attempting to stage a coup", {"other"}),
        ("convicted of cyber harassment over posts about the president", {"other"}),
        ("jailed for offensive communication", {"other"}),
        ("charged under the Electronic Transactions Law", {"other"}),
        ("convicted of abusing the rights of freedom", {"other"}),
        ("charged with attacking state institutions", {"other"}),
        ("convicted of failing to report a crime", {"other"}),
        ("convicted of concealing income from taxation", {"tax_evasion"}),
        ("convicted of desecrating a war memorial", {"vandalism"}),
        ("found guilty of refusing to fight", {"desertion"}),
        ("charged with splitting the country", {"separatism"}),
        ("convicted of belonging to a banned religious movement", {"extremism"}),
        ("charged with incitement to riot", {"mass_unrest"}),
        ("two life terms for waging war against the state", {"treason"}),
        ("four years for fraud and creating disturbances", {"fraud", "hooliganism"}),
        ("convicted of cybercrime and money laundering", {"other"}),
        ("jailed under the Digital Security Act for a post", {"other"}),
        ("held on charges of undermining national defence and spreading false news", {"other", "false_information"}),
        ("sentenced to open prison on charges of damaging a security camera", {"vandalism"}),
        ("one year in prison for violating public order", {"protest_violation"}),
        ("convicted of calling for actions damaging the state security interests", {"other"}),
        ("convicted of holding a rally without police permission", {"protest_violation"}),
        ("fined for taking part in an unauthorised meeting", {"protest_violation"}),
        ("convicted of criminal contempt for violating a court injunction", {"other"}),
        ("sentenced to 12 years after being convicted of several national security crimes", {"other"}),
        # quoted, leaving, forged, destabilising, symbols: wordings of North Africa, the Gulf and Turkey
        ('fined for allegedly "insulting" President Karaca in a column', {"insulting_officials"}),
        ('sentenced in absentia for an "illegal exit from the territory"', {"illegal_border_crossing"}),
        ("jailed for illegally leaving the country by boat", {"illegal_border_crossing"}),
        ("a further two years for a fraudulent passport", {"other"}),
        ("convicted of posts that destabilise civil and national security", {"other"}),
        ("charged with damaging the symbols of the nation", {"other"}),
        ("sentenced under Article 112 of the Criminal Code for a speech", {"insulting_officials"}),
        ("convicted of membership of FETO, the Gulen movement", {"terrorism"}),
        ("charged under the Computer Misuse Act for a post", {"other"}),
        ("fined for a repeated violation of the rules for holding a rally", {"protest_violation"}),
        ("found guilty of leading an anti-state rebellion", {"other"}),
        ("convicted of endangering the integrity of national unity", {"other"}),
        # Ukraine, the Caucasus and Central Asia, Egypt and Syria, Cuba
        ("sentenced for collaborating with the occupiers in Kherson", {"treason"}),
        ("convicted of justifying Russian aggression in a chat", {"other"}),
        ("jailed for refusing military service", {"desertion"}),
        ("convicted of attempting to leave the country illegally", {"illegal_border_crossing"}),
        ("sentenced for joining an outlawed group", {"extremism"}),
        ("two TikTok users jailed for violating family values", {"other"}),
        ("convicted of sedition and theft", {"other"}),
        ("charged with weakening national sentiment", {"other"}),
        ("fined for working in an unregistered organization", {"other"}),
        ("fined for obstructing traffic during a march", {"protest_violation"}),
        ("convicted of offending the honour and dignity of the president", {"insulting_officials"}),
        # wordings of labels, statuses and courts: what the text names, not a neighbouring word
        ("found guilty of being members of the banned Northern Circle movement", {"extremism"}),
        ("sentenced to death for waging war against God", {"other"}),
        ("jailed for sowing discord between communities", {"inciting_hatred"}),
        ("intentional actions aimed at arousing social enmity", {"inciting_hatred"}),
        (
            "ten years for contempt, assault and disorderly conduct",
            {"insulting_officials", "violence_against_officials", "hooliganism"},
        ),
        ("convicted of assault after a bar fight", set()),
        ("convicted of incitement to social and religious feud", {"inciting_hatred"}),
        ("one year for the dissemination of falsehoods", {"false_information"}),
        ("three years for propaganda activities against the state", {"other"}),
        ("convicted of membership in dissident groups to disrupt the national security", {"other"}),
        ("fined for refusing to comply with police demands", {"other"}),
        ("two years for insulting the Ruritanian President", {"insulting_officials"}),
        ("sentenced for insulting a local judge on his blog", {"insulting_officials"}),
        ("posts that the court said defamed the country's monarchy", {"insulting_officials"}),
        ("found guilty of inciting serious social unrest", {"mass_unrest"}),
        ("convicted of financing public unrest", {"mass_unrest"}),
        ("the column insulted her honour and dignity", {"defamation"}),
        ("jailed for an unauthorized street action", {"protest_violation"}),
        ("fined for disturbance of public events", {"protest_violation"}),
        (
            'the writer, declared a "foreign agent" last year, was jailed for spreading fakes about the army',
            {"false_information"},
        ),
        ("fined for failing to mark posts as those of a foreign agent", {"foreign_agent"}),
        ("the Fourth Terrorism Circuit renewed her detention", set()),
        ("the Specialised Criminal Court in Terrorism Cases jailed him for a tweet", set()),
        ("posts calling for people to cause public unrest", set()),
    ],
)
def test_components_charges_phrase_gives_categories(finder, text, expected):
    """charge phrase -> exactly the categories it names."""
    assert categories(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Riot police dispersed the crowd.",
        "The punk band Velvet Riot played in the square.",
        "He was accused of firing a grenade launcher at a building.",
        "The court reviewed the terms of the contract.",
        "He co-founded the climate group Extinction Rebellion.",
        "Activists called for acts of civil disobedience.",
        'His brother was taken "hostage" to pressure him.',
        "Police were illegally gathering data on the protesters.",
        "The minister insulted the opposition in parliament.",
        "Investigators searched the offices of the state security service.",
        "She crossed into the neighbouring country after her release.",
        "The report found materials against corrosion in the state warehouse.",
        "He was convicted under section 505 of the tax code.",
        "Officers of the cybercrime unit searched his flat.",
        "The minister of national defence met the delegation.",
        "The ruler insulted the visiting delegation.",
        "The tribunal heard evidence of crimes against humanity.",
        "The strike ended in violence in December, when police opened fire on the crowd.",
        "Thousands were arrested after the 2016 coup attempt.",
        "The report spread quickly on social media.",
        "The judge ordered her released unless held on other charges.",
        "The campaign was accused of damaging the reputation of the ministry.",
        "He said the verdict damaged the image of the judiciary.",
        "Supporters of Gulen say the trials are unfair.",
        "The bill amends Article 112 of the constitution.",
    ],
)
def test_components_charges_other_senses_give_none(finder, text):
    """charge words in other senses (riot police, a band's name, a figure of speech) -> no charge."""
    assert categories(finder, text) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The blogger was jailed for insulting Viktor Hrabets in a video.", {"insulting_officials"}),
        ("A court fined Olga Petrova for insulting Sergei Volkov, the regional governor.", {"insulting_officials"}),
        ("The blogger was fined for defaming Viktor Hrabets in a video.", {"defamation"}),
    ],
)
def test_components_charges_insult_of_a_named_person(nlp, text, expected):
    """'insulting <Name>' (a PERSON the NER finds) -> insulting officials; defaming a name stays defamation."""
    doc = nlp(text)
    assert {span.label_ for span in doc.spans["charge"]} == expected
