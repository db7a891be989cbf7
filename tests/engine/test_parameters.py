"""The dated parameters: values on both sides of every change, and the loader's guards.

Source of every expected value: shared/domain/parameters.md (sections 1, 2, 3 and 7), nba.md
section 5 and the brochure (as noted per block), copied by
hand into the table below; a value the loader returns differently fails here.
"""

import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from engine.parameters import (
    PARAMETERS,
    REVIEWED_ON,
    NotCovered,
    NotCoveredResult,
    NotInForce,
    area_coverage,
    coverage_gap,
    covered_period,
    load_parameters,
    param,
    parameters_in_force,
    parse_area,
)

# Each row: key -> values in force in (2023, 2024, 2025 until 30 June, 2025 from 1 July, 2026).
# None: the amount does not exist in that period.
EXPECTED = {
    # grundsicherung / arbeit (issue 14): Anlage zu § 28 SGB XII, § 42b Abs. 2, § 59 SGB IX …
    "regelbedarfsstufe_1": (502, 563, 563, 563, 563),
    "regelbedarfsstufe_2": (451, 506, 506, 506, 506),
    "regelbedarfsstufe_3": (402, 451, 451, 451, 451),
    "mehrbedarf_gehbehindert_anteil": ("0.17",) * 5,
    "mittagessen_mehrbedarf_tag": ("3.80", "4.13", "4.40", "4.40", "4.57"),
    "mehrbedarf_teilhabe_arbeitsleben_anteil": ("0.35",) * 5,
    "werkstatt_absetzung_rbs1_anteil": ("0.125",) * 5,
    "werkstatt_absetzung_rest_anteil": ("0.50",) * 5,
    "erwerbstaetigen_absetzung_anteil": ("0.30",) * 5,
    "erwerbstaetigen_absetzung_max_rbs1_anteil": ("0.50",) * 5,
    "kdu_besondere_wohnform_zuschlag_anteil": ("0.25",) * 5,
    "arbeitsfoerderungsgeld_max": (52,) * 5,
    "arbeitsfoerderungsgeld_grenze": (351,) * 5,
    "budget_fuer_arbeit_lohnkostenzuschuss_anteil": ("0.75",) * 5,
    "werkstatt_rentenversicherung_bezugsgroesse_anteil": ("0.80",) * 5,
    "werkstatt_wartezeit_erwerbsminderungsrente_jahre": (20,) * 5,
    "pflegegeld_pg2": (316, 332, 347, 347, 347),
    "pflegegeld_pg3": (545, 573, 599, 599, 599),
    "pflegegeld_pg4": (728, 765, 800, 800, 800),
    "pflegegeld_pg5": (901, 947, 990, 990, 990),
    "pflegesachleistung_pg2": (724, 761, 796, 796, 796),
    "pflegesachleistung_pg3": (1363, 1432, 1497, 1497, 1497),
    "pflegesachleistung_pg4": (1693, 1778, 1859, 1859, 1859),
    "pflegesachleistung_pg5": (2095, 2200, 2299, 2299, 2299),
    "umwandlung_anteil_max": ("0.40",) * 5,
    "entlastungsbetrag": (125, 125, 131, 131, 131),
    "verhinderungspflege_jahr": (1612, 1612, 1685, None, None),
    "verhinderungspflege_aufstockung_aus_kurzzeitpflege": (806, 806, 843, None, None),
    "verhinderungspflege_aufstockung_pg45_unter25": (None, 1774, 1854, None, None),
    "kurzzeitpflege_jahr": (1774, 1774, 1854, None, None),
    "kurzzeitpflege_aufstockung_aus_verhinderungspflege": (1612, 1612, 1685, None, None),
    "gemeinsamer_jahresbetrag": (None, None, None, 3539, 3539),
    "pflegehilfsmittel_verbrauch": (40, 40, 42, 42, 42),
    "wohnumfeldverbesserung_massnahme": (4000, 4000, 4180, 4180, 4180),
    "wohnumfeldverbesserung_mehrere_max": (16000, 16000, 16720, 16720, 16720),
    "wohngruppenzuschlag": (214, 214, 224, 224, 224),
    "tages_nachtpflege_pg2": (689, 689, 721, 721, 721),
    "tages_nachtpflege_pg3": (1298, 1298, 1357, 1357, 1357),
    "tages_nachtpflege_pg4": (1612, 1612, 1685, 1685, 1685),
    "tages_nachtpflege_pg5": (1995, 1995, 2085, 2085, 2085),
    "vollstationaer_pg2": (770, 770, 805, 805, 805),
    "vollstationaer_pg3": (1262, 1262, 1319, 1319, 1319),
    "vollstationaer_pg4": (1775, 1775, 1855, 1855, 1855),
    "vollstationaer_pg5": (2005, 2005, 2096, 2096, 2096),
    "vollstationaer_pg1_zuschuss": (125, 125, 131, 131, 131),
    # § 43c SGB XI: GVWG text until 2023, PUEG from 1.1.2024 (issue 9 item 5)
    "leistungszuschlag_anteil_1": ("0.05", "0.15", "0.15", "0.15", "0.15"),
    "leistungszuschlag_anteil_2": ("0.25", "0.30", "0.30", "0.30", "0.30"),
    "leistungszuschlag_anteil_3": ("0.45", "0.50", "0.50", "0.50", "0.50"),
    "leistungszuschlag_anteil_4": ("0.70", "0.75", "0.75", "0.75", "0.75"),
    "leistungszuschlag_monate_2": (12,) * 5,
    "leistungszuschlag_monate_3": (24,) * 5,
    "leistungszuschlag_monate_4": (36,) * 5,
    "besondere_wohnform_anteil": ("0.15",) * 5,
    "besondere_wohnform_max": (266, 266, 278, 278, 278),
    "anschubfinanzierung_person": (2500, 2500, 2613, 2613, 2613),
    "anschubfinanzierung_wohngruppe_max": (10000, 10000, 10452, 10452, 10452),
    "verzoegerung_zahlung_woche": (70,) * 5,
    "bezugsgroesse_jahr": (40740, 42420, 44940, 44940, 47460),
    "einkommensgrenze_anteil_sv_beschaeftigung": ("0.85",) * 5,
    "einkommensgrenze_anteil_nicht_sv": ("0.75",) * 5,
    "einkommensgrenze_anteil_rente": ("0.60",) * 5,
    "zuschlag_partner_anteil": ("0.15",) * 5,
    "zuschlag_kind_anteil": ("0.10",) * 5,
    "zuschlag_kind_partner_ueber_grenze_anteil": ("0.05",) * 5,
    "zuschlag_minderjaehrig_im_elternhaushalt_anteil": ("0.75",) * 5,
    "kostenbeitrag_anteil": ("0.02",) * 5,
    "kostenbeitrag_abrundung": (10,) * 5,
    "vermoegensfreibetrag_anteil": ("1.50",) * 5,
    "volljaehrigkeit_alter": (18,) * 5,
    # § 32a Abs. 1 and § 33b Abs. 3 EStG, parameters.md section 5 (2024 raised retroactively)
    "grundfreibetrag": (10908, 11784, 12096, 12096, 12348),
    "behinderten_pauschbetrag_gdb20": (384,) * 5,
    "behinderten_pauschbetrag_gdb30": (620,) * 5,
    "behinderten_pauschbetrag_gdb40": (860,) * 5,
    "behinderten_pauschbetrag_gdb50": (1140,) * 5,
    "behinderten_pauschbetrag_gdb60": (1440,) * 5,
    "behinderten_pauschbetrag_gdb70": (1780,) * 5,
    "behinderten_pauschbetrag_gdb80": (2120,) * 5,
    "behinderten_pauschbetrag_gdb90": (2460,) * 5,
    "behinderten_pauschbetrag_gdb100": (2840,) * 5,
    "behinderten_pauschbetrag_erhoeht": (7400,) * 5,
    # § 15 SGB XI thresholds, nba.md section 5
    "pflegegrad_schwelle_pg1": ("12.5",) * 5,
    "pflegegrad_schwelle_pg2": (27,) * 5,
    "pflegegrad_schwelle_pg3": ("47.5",) * 5,
    "pflegegrad_schwelle_pg4": (70,) * 5,
    "pflegegrad_schwelle_pg5": (90,) * 5,
    "begutachtung_frist_arbeitstage": (25,) * 5,
    # § 37 Abs. 2 SGB X (PostModG from 1.1.2025), §§ 66, 84, 87 SGG
    "bekanntgabe_tage": (3, 3, 4, 4, 4),
    "widerspruchsfrist_monate": (1,) * 5,
    "klagefrist_monate": (1,) * 5,
    "frist_ohne_belehrung_jahre": (1,) * 5,
    # §§ 55 Abs. 2, 62 SGB V, parameters.md section 7 (Kinderfreibetrag: § 32 Abs. 6 EStG)
    "belastungsgrenze_anteil": ("0.02",) * 5,
    "belastungsgrenze_anteil_chronisch": ("0.01",) * 5,
    "abzug_erster_angehoeriger_anteil": ("0.15",) * 5,
    "kinderfreibetrag_zuzahlung_jahr": (8952, 9540, 9600, 9600, 9756),
    "belastungsgrenze_grundsicherung_jahr": ("120.48", "135.12", "135.12", "135.12", "135.12"),
    "belastungsgrenze_grundsicherung_chronisch_jahr": ("60.24", "67.56", "67.56", "67.56", "67.56"),
    "zahnersatz_haertefall_anteil": ("0.40",) * 5,
    "zahnersatz_erster_angehoeriger_anteil": ("0.15",) * 5,
    "zahnersatz_weiterer_angehoeriger_anteil": ("0.10",) * 5,
    "bezugsgroesse_ost_jahr": (39480, 41580, None, None, None),
    # § 61 SGB V with §§ 31, 32, 33 Abs. 8, 37 Abs. 5, 39 Abs. 4, 60 Abs. 2 (unchanged since 2004)
    "zuzahlung_anteil": ("0.10",) * 5,
    "zuzahlung_mindestens": (5,) * 5,
    "zuzahlung_hoechstens": (10,) * 5,
    "zuzahlung_verbrauch_monat_max": (10,) * 5,
    "zuzahlung_tag_stationaer": (10,) * 5,
    "zuzahlung_tage_stationaer_max": (28,) * 5,
    "zuzahlung_verordnung": (10,) * 5,
    "zuzahlung_tage_krankenpflege_max": (28,) * 5,
    "zuzahlung_alter": (18,) * 5,
    # §§ 39, 42, 42a SGB XI, brochure B I 5 d and 7, parameters.md section 1 notes
    "verhinderungspflege_wochen": (6, 6, 6, 8, 8),
    "verhinderungspflege_wochen_pg45_unter25": (None, 8, 8, None, None),
    "verhinderungspflege_altersgrenze_pg45": (None, 25, 25, None, None),
    "vorpflegezeit_monate": (6, 6, 6, None, None),
    "kurzzeitpflege_wochen": (8,) * 5,
    "pflegegeld_fortzahlung_anteil": ("0.5",) * 5,
    "verhinderungspflege_stunden_volles_pflegegeld": (8,) * 5,
    "verhinderungspflege_angehoerige_faktor": ("1.5", "1.5", "1.5", 2, 2),
    "hilfsmittel_zuzahlung_max": (25,) * 5,
    # caregivers, brochure B I 10
    "pflegeperson_stunden_min": (10,) * 5,
    "pflegeperson_tage_min": (2,) * 5,
    "pflegeperson_erwerb_stunden_max": (30,) * 5,
    "arbeitsverhinderung_tage": (10,) * 5,
    "pflegeunterstuetzungsgeld_tage_insgesamt": (10, None, None, None, None),
    "pflegeunterstuetzungsgeld_tage_jahr": (None, 10, 10, 10, 10),
    "pflegezeit_beschaeftigte_min": (15,) * 5,
    "pflegezeit_monate_max": (6,) * 5,
    "familienpflegezeit_beschaeftigte_min": (25,) * 5,
    "familienpflegezeit_monate_max": (24,) * 5,
    "familienpflegezeit_stunden_min": (15,) * 5,
    "freistellung_gesamt_monate_max": (24,) * 5,
    # §§ 121, 135 SGB IX, brochure C V 3 a and C VII
    "einkommen_jahre_zurueck": (2,) * 5,
    "gesamtplan_ueberpruefung_jahre": (2,) * 5,
    # §§ 7, 41 SGB VIII (Hilfe für junge Volljährige)
    "hilfe_junge_volljaehrige_regelalter": (21,) * 5,
    "junger_volljaehriger_hoechstalter": (27,) * 5,
    # parameters.md section 3 (Sozialhilfe)
    "hzp_grundbetrag": (1004, 1126, 1126, 1126, 1126),
    "hzp_familienzuschlag": (352, 395, 395, 395, 395),
    "hzp_erwerbstaetigenfreibetrag_anteil": ("0.40",) * 5,
    "hzp_erwerbstaetigenfreibetrag_max": ("326.30", "365.95", "365.95", "365.95", "365.95"),
    "hzp_einsatz_anteil_max": ("0.40",) * 5,
    "vermoegen_schonbetrag": (10000,) * 5,
    "vermoegen_schonbetrag_unterhaltene_person": (500,) * 5,
    "vermoegen_aus_erwerb_zusatz": (25000,) * 5,
    "elternbeitrag_einkommensgrenze": (100000,) * 5,
    "elternbeitrag_hilfe_zur_pflege": ("42.20", "42.20", "43.04", "43.04", "43.72"),
    # § 27b Abs. 3 Satz 2 Nr. 1 SGB XII: 27 % × RBS 1 (502 € / 563 €); brochure E II 2 b: 135.54
    "barbetrag_einrichtung": ("135.54", "152.01", "152.01", "152.01", "152.01"),
    # parameters.md section 7 (§ 39c SGB V)
    "kurzzeitpflege_krankenkasse_jahr": (1774, 1774, 1854, 1854, 1854),
    "kurzzeitpflege_krankenkasse_wochen": (8,) * 5,
    # asyl.toml (issue 11): § 23 Abs. 3 Satz 1 Nr. 1 SGB XII, § 7 Abs. 1 Satz 2 Nr. 1 SGB II,
    # § 62 Abs. 1a Satz 1 and Abs. 2 Nr. 3 EStG, § 33 Abs. 2 Satz 1 Nr. 6 SGB XI
    "sozialhilfe_ausschluss_monate": (3,) * 5,
    "buergergeld_ausschluss_monate": (3,) * 5,
    "kindergeld_eu_ausschluss_monate": (3,) * 5,
    "kindergeld_humanitaer_monate": (15,) * 5,
    "pflegeversicherung_vorversicherung_jahre": (2,) * 5,
    # § 23 Abs. 3 Satz 7 SGB XII, § 7 Abs. 1 Satz 4 SGB II
    "sozialhilfe_verfestigung_jahre": (5,) * 5,
    "buergergeld_verfestigung_jahre": (5,) * 5,
    # Kinder (parameters.md sections 5 and 7; § 32, § 66 EStG; §§ 38, 43, 45 SGB V).
    "kindergeld_monat": (250, 250, 255, 255, 259),
    "kindergeld_grundalter": (18,) * 5,
    "kindergeld_behinderung_vor_alter": (25,) * 5,
    "kinderkrankengeld_tage_kind": (30, 15, 15, 15, 15),
    "kinderkrankengeld_tage_kind_alleinerziehend": (60, 30, 30, 30, 30),
    "kinderkrankengeld_tage_hoechst": (65, 35, 35, 35, 35),
    "kinderkrankengeld_tage_hoechst_alleinerziehend": (130, 70, 70, 70, 70),
    "kinderkrankengeld_altersgrenze": (12,) * 5,
    "haushaltshilfe_kind_altersgrenze": (12,) * 5,
    "haushaltshilfe_wochen": (4,) * 5,
    "haushaltshilfe_wochen_kind": (26,) * 5,
    "nachsorge_altersgrenze": (14,) * 5,
    "nachsorge_altersgrenze_schwer": (18,) * 5,
    "schulpflicht_spaetestens_alter": (7,) * 5,
    # einkommensteuer.toml (issue 15): § 32a EStG of each year, as typed from the law in
    # tests/engine/nachteilsausgleiche/test_tarif.py; § 33 Abs. 2a, 3 and § 33b Abs. 6 EStG
    "est_zone2_ende": (15999, 17005, 17443, 17443, 17799),
    "est_zone2_faktor": ("979.18", "954.80", "932.30", "932.30", "914.51"),
    "est_zone2_eingang": (1400,) * 5,
    "est_zone3_ende": (62809, 66760, 68480, 68480, 69878),
    "est_zone3_faktor": ("192.59", "181.19", "176.64", "176.64", "173.10"),
    "est_zone3_eingang": (2397,) * 5,
    "est_zone3_sockel": ("966.53", "991.21", "1015.13", "1015.13", "1034.87"),
    "est_zone4_ende": (277825,) * 5,
    "est_zone4_satz": ("0.42",) * 5,
    "est_zone4_abzug": ("9972.98", "10636.31", "10911.92", "10911.92", "11135.63"),
    "est_zone5_satz": ("0.45",) * 5,
    "est_zone5_abzug": ("18307.73", "18971.06", "19246.67", "19246.67", "19470.38"),
    "est_tarif_schritt": (10000,) * 5,
    "est_splitting_anteil": ("0.5",) * 5,
    "pflege_pauschbetrag_pg2": (600,) * 5,
    "pflege_pauschbetrag_pg3": (1100,) * 5,
    "pflege_pauschbetrag_pg4": (1800,) * 5,
    "pflege_pauschbetrag_pg5": (1800,) * 5,
    "fahrtkostenpauschale": (900,) * 5,
    "fahrtkostenpauschale_erhoeht": (4500,) * 5,
    "fahrtkostenpauschale_gdb": (80,) * 5,
    "fahrtkostenpauschale_gdb_mit_g": (70,) * 5,
    "schwerbehindert_gdb": (50,) * 5,
    # § 10 Abs. 1 Nr. 5 EStG (JStG 2024: 80 %, 4,800 € from VZ 2025) and § 35a Abs. 2 EStG
    "kinderbetreuung_anteil": ("0.666666666666666666666666666667",) * 2 + ("0.8",) * 3,
    "kinderbetreuung_hoechstbetrag": (4000, 4000, 4800, 4800, 4800),
    "kinderbetreuung_altersgrenze": (14,) * 5,
    "haushaltsnahe_satz": ("0.2",) * 5,
    "haushaltsnahe_hoechstbetrag": (4000,) * 5,
    "zumutbare_belastung_stufe1_bis": (15340,) * 5,
    "zumutbare_belastung_stufe2_bis": (51130,) * 5,
    "zumutbare_belastung_grundtarif_stufe1": ("0.05",) * 5,
    "zumutbare_belastung_grundtarif_stufe2": ("0.06",) * 5,
    "zumutbare_belastung_grundtarif_stufe3": ("0.07",) * 5,
    "zumutbare_belastung_splitting_stufe1": ("0.04",) * 5,
    "zumutbare_belastung_splitting_stufe2": ("0.05",) * 5,
    "zumutbare_belastung_splitting_stufe3": ("0.06",) * 5,
    "zumutbare_belastung_ein_zwei_kinder_stufe1": ("0.02",) * 5,
    "zumutbare_belastung_ein_zwei_kinder_stufe2": ("0.03",) * 5,
    "zumutbare_belastung_ein_zwei_kinder_stufe3": ("0.04",) * 5,
    "zumutbare_belastung_drei_kinder_stufe1": ("0.01",) * 5,
    "zumutbare_belastung_drei_kinder_stufe2": ("0.01",) * 5,
    "zumutbare_belastung_drei_kinder_stufe3": ("0.02",) * 5,
    # nachteilsausgleiche.toml (issue 15): parameters.md section 6, § 72 SGB XII, BayBlindG
    "wertmarke_jahr": (91, 91, 104, 104, 104),
    "wertmarke_halbjahr": (46, 46, 53, 53, 53),
    "rundfunkbeitrag_monat": ("18.36",) * 5,
    "rundfunkbeitrag_ermaessigt_monat": ("6.12",) * 5,
    "kfz_steuer_ermaessigung_anteil": ("0.5",) * 5,
    "blindenhilfe_anrechnung_pg2_anteil": ("0.5",) * 5,
    "blindenhilfe_anrechnung_pg3_anteil": ("0.4",) * 5,
    "blindenhilfe_anrechnung_max_anteil": ("0.5",) * 5,
    "landesblindengeld_by_anteil": ("0.85",) * 5,
    # erbe.toml (issue 16): §§ 1931, 1371, 2303 BGB; § 102 SGB XII; §§ 1814, 1358, 1878
    # BGB with parameters.md section 9 (425 €, + 24 € in 2024 and 2025, 2026 unverified);
    # Vorbemerkung 1.1 KV GNotKG
    "erbteil_ehegatte": ("0.25",) * 5,
    "erbteil_zugewinn_erhoehung": ("0.25",) * 5,
    "pflichtteil_anteil": ("0.5",) * 5,
    "kostenersatz_zeitraum": (10,) * 5,
    "kostenersatz_grundbetrag_vielfaches": (3,) * 5,
    "betreuung_vorab_alter": (17,) * 5,
    "notvertretung_monate": (6,) * 5,
    "aufwandspauschale_jahr": (425, 425, 425, 425, 450),
    "aufwandspauschale_sonderzahlung": (0, 24, 24, 24, 0),
    "betreuung_gebuehrenfrei_bis": (25000,) * 5,
}

# Amounts that change inside one of the periods above: each row, a day and the value.
# § 2 Abs. 1 AsylbLG: 18 months (Zweites Gesetz zur besseren Durchsetzung der
# Ausreisepflicht, from 21.8.2019), 36 months from 27.2.2024 (Rückführungsverbesserungsgesetz).
WITHIN_PERIOD = {
    # § 72 Abs. 2 SGB XII: each 1 July with the Rentenwert (parameters.md section 3; from
    # 1.7.2026 derived from the RWBestV 2026: 913.19 × 42.52 / 40.79)
    "blindenhilfe_volljaehrig": (
        (date(2023, 1, 1), "806.40"),
        (date(2023, 6, 30), "806.40"),
        (date(2023, 7, 1), "841.77"),
        (date(2024, 6, 30), "841.77"),
        (date(2024, 7, 1), "880.28"),
        (date(2025, 6, 30), "880.28"),
        (date(2025, 7, 1), "913.19"),
        (date(2026, 6, 30), "913.19"),
        (date(2026, 7, 1), "951.92"),
        (date(2026, 12, 31), "951.92"),
    ),
    "blindenhilfe_minderjaehrig": (
        (date(2023, 6, 30), "403.89"),
        (date(2023, 7, 1), "421.61"),
        (date(2024, 6, 30), "421.61"),
        (date(2024, 7, 1), "440.90"),
        (date(2025, 6, 30), "440.90"),
        (date(2025, 7, 1), "457.38"),
        (date(2026, 6, 30), "457.38"),
        (date(2026, 7, 1), "476.78"),
    ),
    # Ended on 14.6.2023 (ended = true); the day after is tested in tests/engine/arbeit.
    "budget_fuer_arbeit_deckel_bezugsgroesse_anteil": (
        (date(2023, 1, 1), Decimal("0.40")),
        (date(2023, 6, 13), Decimal("0.40")),
    ),
    "ausbildungsgeld_werkstatt": (
        (date(2023, 1, 1), 126),
        (date(2024, 7, 31), 126),
        (date(2024, 8, 1), 133),
        (date(2026, 12, 31), 133),
    ),
    "analogleistungen_wartezeit_monate": (
        (date(2023, 1, 1), 18),
        (date(2024, 2, 26), 18),
        (date(2024, 2, 27), 36),
        (date(2027, 12, 31), 36),
    ),
    # Landesblindengeld of the 15 other Länder (issue 15): sources and statuses in
    # nachteilsausgleiche.toml; each change date on both sides, derived values included
    "landesblindengeld_bw_volljaehrig": (
        (date(2023, 1, 1), "410"),
        (date(2026, 12, 31), "410"),
    ),
    "landesblindengeld_bw_minderjaehrig": (
        (date(2023, 1, 1), "205"),
        (date(2026, 12, 31), "205"),
    ),
    "landesblindengeld_be_anteil": (
        (date(2023, 1, 1), "0.80"),
        (date(2026, 12, 31), "0.80"),
    ),
    "landesblindengeld_be_heim_anteil": (
        (date(2023, 1, 1), "0.5"),
        (date(2026, 12, 31), "0.5"),
    ),
    "landesblindengeld_bb_volljaehrig": (
        (date(2023, 1, 1), "345.80"),
        (date(2024, 6, 30), "345.80"),
        (date(2024, 7, 1), "425"),
        (date(2026, 12, 31), "425"),
    ),
    "landesblindengeld_bb_minderjaehrig": (
        (date(2023, 1, 1), "172.90"),
        (date(2024, 6, 30), "172.90"),
        (date(2024, 7, 1), "212.50"),
        (date(2026, 12, 31), "212.50"),
    ),
    "landesblindengeld_hb_volljaehrig": (
        (date(2023, 1, 1), "474.17"),
        (date(2023, 6, 30), "474.17"),
        (date(2023, 7, 1), "494.97"),
        (date(2024, 6, 30), "494.97"),
        (date(2024, 7, 1), "517.61"),
        (date(2025, 6, 30), "517.61"),
        (date(2025, 7, 1), "536.96"),
        (date(2026, 6, 30), "536.96"),
        (date(2026, 7, 1), "559.73"),
        (date(2026, 12, 31), "559.73"),
    ),
    "landesblindengeld_hb_minderjaehrig": (
        (date(2023, 1, 1), "237.09"),
        (date(2023, 6, 30), "237.09"),
        (date(2023, 7, 1), "247.49"),
        (date(2024, 6, 30), "247.49"),
        (date(2024, 7, 1), "258.81"),
        (date(2025, 6, 30), "258.81"),
        (date(2025, 7, 1), "268.48"),
        (date(2026, 6, 30), "268.48"),
        (date(2026, 7, 1), "279.87"),
        (date(2026, 12, 31), "279.87"),
    ),
    "landesblindengeld_hb_mindestalter": (
        (date(2023, 1, 1), "1"),
        (date(2026, 12, 31), "1"),
    ),
    "landesblindengeld_hh": (
        (date(2023, 1, 1), "614.16"),
        (date(2023, 6, 30), "614.16"),
        (date(2023, 7, 1), "641.10"),
        (date(2024, 6, 30), "641.10"),
        (date(2024, 7, 1), "670.43"),
        (date(2025, 6, 30), "670.43"),
        (date(2025, 7, 1), "695.49"),
        (date(2026, 6, 30), "695.49"),
        (date(2026, 7, 1), "724.99"),
        (date(2026, 12, 31), "724.99"),
    ),
    "landesblindengeld_he_anteil": (
        (date(2023, 1, 1), "0.86"),
        (date(2026, 12, 31), "0.86"),
    ),
    "landesblindengeld_he_minderjaehrig_anteil": (
        (date(2023, 1, 1), "1"),
        (date(2026, 12, 31), "1"),
    ),
    "landesblindengeld_mv_volljaehrig": (
        (date(2023, 1, 1), "430"),
        (date(2026, 12, 31), "430"),
    ),
    "landesblindengeld_mv_minderjaehrig": (
        (date(2023, 1, 1), "273.05"),
        (date(2026, 12, 31), "273.05"),
    ),
    "landesblindengeld_ni": (
        (date(2023, 1, 1), "410"),
        (date(2024, 12, 31), "410"),
        (date(2025, 1, 1), "450"),
        (date(2026, 12, 31), "450"),
    ),
    "landesblindengeld_nw_anteil": (
        (date(2023, 1, 1), "1"),
        (date(2026, 12, 31), "1"),
    ),
    "landesblindengeld_nw_minderjaehrig_anteil": (
        (date(2023, 1, 1), "1"),
        (date(2026, 12, 31), "1"),
    ),
    "landesblindengeld_nw_ab_alter": (
        (date(2023, 1, 1), "60"),
        (date(2026, 12, 31), "60"),
    ),
    "landesblindengeld_nw_ab_60": (
        (date(2023, 1, 1), "473"),
        (date(2026, 12, 31), "473"),
    ),
    "landesblindengeld_rp_volljaehrig": (
        (date(2023, 1, 1), "410"),
        (date(2026, 12, 31), "410"),
    ),
    "landesblindengeld_rp_minderjaehrig": (
        (date(2023, 1, 1), "205"),
        (date(2026, 12, 31), "205"),
    ),
    "landesblindengeld_rp_anrechnung_pg2_anteil": (
        (date(2023, 1, 1), "0.46"),
        (date(2026, 12, 31), "0.46"),
    ),
    "landesblindengeld_rp_anrechnung_pg3_anteil": (
        (date(2023, 1, 1), "0.33"),
        (date(2026, 12, 31), "0.33"),
    ),
    "landesblindengeld_rp_heim_anteil": (
        (date(2023, 1, 1), "0"),
        (date(2026, 12, 31), "0"),
    ),
    "landesblindengeld_sl_volljaehrig": (
        (date(2023, 1, 1), "450"),
        (date(2025, 12, 31), "450"),
        (date(2026, 1, 1), "460"),
        (date(2026, 12, 31), "460"),
    ),
    "landesblindengeld_sl_minderjaehrig": (
        (date(2023, 1, 1), "317"),
        (date(2025, 12, 31), "317"),
        (date(2026, 1, 1), "327"),
        (date(2026, 12, 31), "327"),
    ),
    "landesblindengeld_sn": (
        (date(2023, 1, 1), "380"),
        (date(2026, 12, 31), "380"),
    ),
    "landesblindengeld_sn_unter_14": (
        (date(2023, 1, 1), "285"),
        (date(2026, 12, 31), "285"),
    ),
    "landesblindengeld_sn_ab_alter": (
        (date(2023, 1, 1), "14"),
        (date(2026, 12, 31), "14"),
    ),
    "landesblindengeld_sn_mindestalter": (
        (date(2023, 1, 1), "1"),
        (date(2026, 12, 31), "1"),
    ),
    "landesblindengeld_sn_heim_anteil": (
        (date(2023, 1, 1), "0.5"),
        (date(2026, 12, 31), "0.5"),
    ),
    "landesblindengeld_st_volljaehrig": (
        (date(2023, 1, 1), "400.94"),
        (date(2023, 6, 30), "400.94"),
        (date(2023, 7, 1), "424.44"),
        (date(2024, 6, 30), "424.44"),
        (date(2024, 7, 1), "443.84"),
        (date(2025, 6, 30), "443.84"),
        (date(2025, 7, 1), "460.44"),
        (date(2026, 6, 30), "460.44"),
        (date(2026, 7, 1), "479.96"),
        (date(2026, 12, 31), "479.96"),
    ),
    "landesblindengeld_st_minderjaehrig": (
        (date(2023, 1, 1), "278.44"),
        (date(2023, 6, 30), "278.44"),
        (date(2023, 7, 1), "294.76"),
        (date(2024, 6, 30), "294.76"),
        (date(2024, 7, 1), "308.23"),
        (date(2025, 6, 30), "308.23"),
        (date(2025, 7, 1), "319.76"),
        (date(2026, 6, 30), "319.76"),
        (date(2026, 7, 1), "333.32"),
        (date(2026, 12, 31), "333.32"),
    ),
    "landesblindengeld_st_heim_anteil": (
        (date(2023, 1, 1), "0.5"),
        (date(2026, 12, 31), "0.5"),
    ),
    "landesblindengeld_sh_volljaehrig": (
        (date(2023, 1, 1), "300"),
        (date(2024, 12, 31), "300"),
        (date(2025, 1, 1), "325"),
        (date(2026, 12, 31), "325"),
    ),
    "landesblindengeld_sh_minderjaehrig": (
        (date(2023, 1, 1), "200"),
        (date(2024, 12, 31), "200"),
        (date(2025, 1, 1), "225"),
        (date(2026, 12, 31), "225"),
    ),
    "landesblindengeld_th": (
        (date(2023, 1, 1), "400"),
        (date(2023, 6, 30), "400"),
        (date(2023, 7, 1), "472"),
        (date(2026, 12, 31), "472"),
    ),
}

# How far each area's data is checked (issue 9 item 15; /tmp research of 2026-11-24):
# - pflege: § 30 Abs. 1 SGB XI, next Dynamisierung on 1.1.2028, so the 2025 amounts hold
#   through 2027 (subject to the pending Pflegeneuordnungsgesetz);
# - krankenversicherung: § 39c Satz 2 SGB V applies § 42 Abs. 2 SGB XI's amount, same end;
# - sozialhilfe: the Regelbedarfsstufe 1 for 2027 is not published;
# - eingliederungshilfe: the Bezugsgröße 2027 is not published (only a BMAS draft);
# - allgemein: § 2 BGB has no end date.
COVERED_UNTIL = {
    "pflege": date(2027, 12, 31),
    "krankenversicherung": date(2027, 12, 31),
    "sozialhilfe": date(2026, 12, 31),
    "eingliederungshilfe": date(2026, 12, 31),
    # grundsicherung: the RBS 2027 are to be set anew by law (§ 28 SGB XII), not published;
    # arbeit: fixed by statute, ends with the Grundsicherung it is shown beside.
    "grundsicherung": date(2026, 12, 31),
    "arbeit": date(2026, 12, 31),
    # erbe: the 2027 Aufwandspauschale is not confirmed; the § 102 limit follows § 85.
    "erbe": date(2026, 12, 31),
    # asyl: every value fixed by statute, no change announced; ends with the care area.
    "asyl": date(2027, 12, 31),
    # einkommensteuer: the Grundfreibetrag 2027 is only a bill.
    "einkommensteuer": date(2026, 12, 31),
    # kinder: Kindergeld 2027 and the Kinderkrankengeld days after 2026 are not yet law.
    "kinder": date(2026, 12, 31),
    "allgemein": date(2099, 12, 31),
    # nachteilsausgleiche (issue 15): the Rundfunkbeitrag from 2027 is not decided.
    "nachteilsausgleiche": date(2026, 12, 31),
    # widerspruch: periods fixed by statute, no change announced; ends with the care area.
    "widerspruch": date(2027, 12, 31),
    # zuzahlung: the Regelbedarf and the Bezugsgröße 2027 are not yet published.
    "zuzahlung": date(2026, 12, 31),
}

# The day before and the day of every date on which a value changes, and the edges; the
# 2026 values hold on in 2027 and 2028 where the area is covered.
PERIOD_OF_DAY = {
    date(2023, 1, 1): 0,
    date(2023, 12, 31): 0,
    date(2024, 1, 1): 1,
    date(2024, 12, 31): 1,
    date(2025, 1, 1): 2,
    date(2025, 6, 30): 2,
    date(2025, 7, 1): 3,
    date(2025, 12, 31): 3,
    date(2026, 1, 1): 4,
    date(2026, 12, 31): 4,
    date(2027, 1, 1): 4,
    date(2027, 12, 31): 4,
    date(2028, 1, 1): 4,
}

# key -> the first day of the unverified value (parameters.md "Open points").
UNVERIFIED = {
    "wohnumfeldverbesserung_mehrere_max": date(2025, 1, 1),
    "anschubfinanzierung_person": date(2025, 1, 1),
    "anschubfinanzierung_wohngruppe_max": date(2025, 1, 1),
    "elternbeitrag_hilfe_zur_pflege": date(2025, 1, 1),
    "kurzzeitpflege_krankenkasse_jahr": date(2025, 7, 1),
    "aufwandspauschale_jahr": date(2026, 1, 1),
}


def test_every_parameter_has_expected_values() -> None:
    assert set(EXPECTED) | set(WITHIN_PERIOD) == set(PARAMETERS)
    assert not set(EXPECTED) & set(WITHIN_PERIOD)


@pytest.mark.parametrize(
    ("key", "day", "expected"),
    [(key, day, value) for key, rows in WITHIN_PERIOD.items() for day, value in rows],
    ids=str,
)
def test_value_within_period(key: str, day: date, expected: int | str) -> None:
    assert param(key, day).value == Decimal(str(expected))


@pytest.mark.parametrize("key", sorted(EXPECTED))
@pytest.mark.parametrize("day", sorted(PERIOD_OF_DAY), ids=str)
def test_value_on_day(key: str, day: date) -> None:
    expected = EXPECTED[key][PERIOD_OF_DAY[day]]
    if day > COVERED_UNTIL[PARAMETERS[key].area]:
        with pytest.raises(NotCovered):
            param(key, day)
    elif expected is None:
        with pytest.raises(NotInForce):
            param(key, day)
    else:
        assert param(key, day).value == Decimal(str(expected))


@pytest.mark.parametrize("day", [date(2022, 12, 31), date(2028, 1, 1)], ids=str)
def test_outside_covered_period_is_refused(day: date) -> None:
    with pytest.raises(NotCovered) as refused:
        param("pflegegeld_pg2", day)
    assert (refused.value.covered_from, refused.value.covered_until) == (
        date(2023, 1, 1),
        date(2027, 12, 31),
    )


def test_covered_period_is_the_union_of_the_legal_areas() -> None:
    """Care reaches 2027; the general file (§ 2 BGB, open-ended) does not widen it."""
    assert covered_period() == (date(2023, 1, 1), date(2027, 12, 31))


def test_every_area_has_its_covered_until() -> None:
    assert {a: c.covered_until for a, c in area_coverage().items()} == COVERED_UNTIL


# Each row: a parameter, the area's last covered day, what the day after names as missing.
WAITING = [
    (
        "mehrbedarf_gehbehindert_anteil",
        date(2026, 12, 31),
        (
            "regelbedarfsstufe_1",
            "regelbedarfsstufe_2",
            "regelbedarfsstufe_3",
            "mittagessen_mehrbedarf_tag",
        ),
    ),
    ("kostenbeitrag_anteil", date(2026, 12, 31), ("bezugsgroesse_jahr",)),
    ("bezugsgroesse_jahr", date(2026, 12, 31), ("bezugsgroesse_jahr",)),
    (
        "vermoegen_schonbetrag",
        date(2026, 12, 31),
        ("hzp_grundbetrag", "hzp_familienzuschlag", "hzp_erwerbstaetigenfreibetrag_max"),
    ),
    # No value named for care after 2027: every amount changes with the Dynamisierung.
    ("pflegegeld_pg2", date(2027, 12, 31), ("pflegegeld_pg2",)),
    ("kurzzeitpflege_krankenkasse_jahr", date(2027, 12, 31), ("kurzzeitpflege_krankenkasse_jahr",)),
    ("wertmarke_jahr", date(2026, 12, 31), ("rundfunkbeitrag_monat",)),
]


@pytest.mark.parametrize(("key", "last", "missing"), WAITING, ids=[w[0] for w in WAITING])
def test_uncovered_day_names_the_missing_parameter(
    key: str, last: date, missing: tuple[str, ...]
) -> None:
    assert param(key, last).value is not None
    with pytest.raises(NotCovered) as refused:
        param(key, last + timedelta(days=1))
    assert refused.value.missing == missing
    assert refused.value.area == PARAMETERS[key].area
    result = NotCoveredResult.of(refused.value)
    assert [m.key for m in result.missing] == list(missing)
    assert result.missing[0].label_de == PARAMETERS[missing[0]].label_de


def test_day_before_coverage_names_the_parameter_itself() -> None:
    with pytest.raises(NotCovered) as refused:
        param("bezugsgroesse_jahr", date(2022, 12, 31))
    assert refused.value.missing == ("bezugsgroesse_jahr",)


@pytest.mark.parametrize(
    ("areas", "day", "gap"),
    [
        (("eingliederungshilfe",), date(2026, 12, 31), None),
        (("eingliederungshilfe",), date(2027, 1, 1), "eingliederungshilfe"),
        (("pflege", "sozialhilfe"), date(2027, 1, 1), "sozialhilfe"),
        (("pflege", "krankenversicherung"), date(2027, 12, 31), None),
        (("pflege", "krankenversicherung"), date(2028, 1, 1), "pflege"),
    ],
)
def test_coverage_gap_names_the_first_uncovered_area(
    areas: tuple[str, ...], day: date, gap: str | None
) -> None:
    result = coverage_gap(areas, day)
    assert (result.area if result else None) == gap


def test_value_carries_its_source_and_date() -> None:
    value = param("pflegegeld_pg4", date(2024, 6, 1))
    assert value.valid_from == date(2024, 1, 1)
    assert value.legal_basis == "§ 37 Abs. 1 Satz 3 SGB XI"
    assert value.status == "verified"
    assert value.source


@pytest.mark.parametrize("key", sorted(UNVERIFIED))
def test_unverified_values_keep_their_mark(key: str) -> None:
    first = UNVERIFIED[key]
    assert param(key, first - timedelta(days=1)).status == "verified"
    assert param(key, first).status == "unverified"
    assert param(key, date(2026, 12, 31)).status == "unverified"


def test_derived_einkommensgrenzen_match_parameters_md() -> None:
    """parameters.md section 2 lists these products of share and Bezugsgröße (derived)."""
    derived = {
        "einkommensgrenze_anteil_sv_beschaeftigung": (34629, 36057, 38199, 40341),
        "einkommensgrenze_anteil_nicht_sv": (30555, 31815, 33705, 35595),
        "einkommensgrenze_anteil_rente": (24444, 25452, 26964, 28476),
        "zuschlag_partner_anteil": (6111, 6363, 6741, 7119),
        "zuschlag_kind_anteil": (4074, 4242, 4494, 4746),
        "zuschlag_kind_partner_ueber_grenze_anteil": (2037, 2121, 2247, 2373),
        "zuschlag_minderjaehrig_im_elternhaushalt_anteil": (30555, 31815, 33705, 35595),
        "vermoegensfreibetrag_anteil": (61110, 63630, 67410, 71190),
    }
    for key, by_year in derived.items():
        for year, expected in zip((2023, 2024, 2025, 2026), by_year, strict=True):
            day = date(year, 3, 1)
            product = param(key, day).value * param("bezugsgroesse_jahr", day).value
            assert product == expected, (key, year)


def test_umwandlung_brochure_example() -> None:
    """Ratgeber (Kapitel B): Pflegegrad 4 in 2023, 40 % of 1,693 € = 677.20 €."""
    day = date(2023, 10, 1)
    share = param("umwandlung_anteil_max", day).value
    assert share * param("pflegesachleistung_pg4", day).value == Decimal("677.20")


def test_parameters_in_force_drop_ended_amounts() -> None:
    before = {p.key for p in parameters_in_force(date(2025, 6, 30), "pflege")}
    after = {p.key for p in parameters_in_force(date(2025, 7, 1), "pflege")}
    assert before - after == {
        "verhinderungspflege_jahr",
        "verhinderungspflege_aufstockung_aus_kurzzeitpflege",
        "verhinderungspflege_aufstockung_pg45_unter25",
        "kurzzeitpflege_jahr",
        "kurzzeitpflege_aufstockung_aus_verhinderungspflege",
        "verhinderungspflege_wochen_pg45_unter25",
        "verhinderungspflege_altersgrenze_pg45",
        "vorpflegezeit_monate",
    }
    assert after - before == {"gemeinsamer_jahresbetrag"}


def test_parameters_in_force_refuse_uncovered_date() -> None:
    with pytest.raises(NotCovered):
        parameters_in_force(date(2028, 1, 1), "pflege")
    with pytest.raises(NotCovered):
        parameters_in_force(date(2027, 1, 1), "eingliederungshilfe")
    assert parameters_in_force(date(2027, 1, 1), "pflege")


# --- the loader's guards -------------------------------------------------------------

META = '[meta]\narea = "test"\ncovered_from = 2023-01-01\ncovered_until = 2026-12-31\n'


def entry(valid_from: str, body: str = "value = 1") -> str:
    return (
        f"[[x.entries]]\nvalid_from = {valid_from}\n{body}\n"
        'legal_basis = "§ 1 Test"\nsource = "a source"\nchecked_on = 2026-11-23\n'
    )


HEAD = '[x]\nlabel_de = "Testbetrag"\nunit = "EUR"\n'


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        (META + HEAD + entry("2024-01-01") + entry("2024-01-01"), "duplicate valid_from"),
        (META + HEAD + entry("2024-01-01") + entry("2023-01-01"), "not sorted"),
        (META + HEAD + entry("2023-01-01").replace('source = "a source"\n', ""), "source"),
        (META + HEAD + entry("2023-01-01").replace("checked_on = 2026-11-23\n", ""), "checked_on"),
        (META + HEAD.replace("EUR", "DOLLAR") + entry("2023-01-01"), "unit"),
        (META + HEAD + entry("2023-01-01", "value = 1\nended = true"), "not both"),
        (META + HEAD + entry("2023-01-01", ""), "not both or neither"),
        (META + HEAD + entry("2023-01-01", "ended = true"), "first entry"),
        (META + HEAD + entry("2023-01-01", 'value = 1\nstatus = "guessed"'), "status"),
        (META + '[x]\nunit = "EUR"\n' + entry("2023-01-01"), "label_de"),
        (HEAD + entry("2023-01-01"), "area"),
    ],
)
def test_loader_rejects(text: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        parse_area(text, "test.toml")


def test_loader_reads_decimals_exactly() -> None:
    [parameter] = parse_area(META + HEAD + entry("2023-01-01", "value = 0.1"), "t.toml")
    assert parameter.entries[0].value == Decimal("0.1")


def test_loader_rejects_waiting_for_an_unknown_parameter() -> None:
    text = META + 'waiting_for = ["y"]\n' + HEAD + entry("2023-01-01")
    with pytest.raises(ValueError, match="waiting_for names parameters not in the file"):
        parse_area(text, "t.toml")


def test_loader_rejects_key_defined_in_two_files(tmp_path: Path) -> None:
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(META + HEAD + entry("2023-01-01"), encoding="utf-8")
    with pytest.raises(ValueError, match="defined twice"):
        load_parameters(tmp_path)


def test_loader_rejects_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no parameter files"):
        load_parameters(tmp_path)


# --- parameter lint (engine.md rule 9) ------------------------------------------------


def test_every_parameter_is_read_by_a_test() -> None:
    tests = Path(__file__).parents[1]
    text = "\n".join(p.read_text(encoding="utf-8") for p in tests.rglob("test_*.py"))
    unread = [key for key in PARAMETERS if f'"{key}"' not in text]
    assert not unread


def test_checked_on_is_within_a_year_of_the_data_review() -> None:
    """Data older than about a year at the last review must be checked again.

    Compared with the review date stored with the data (engine/parameters.py REVIEWED_ON),
    not with the calendar: moving REVIEWED_ON forward is the re-review, and it fails here
    until every older entry has been checked again.
    """
    for parameter in PARAMETERS.values():
        for item in parameter.entries:
            assert item.checked_on <= REVIEWED_ON, parameter.key
            assert REVIEWED_ON - item.checked_on <= timedelta(days=400), parameter.key


def test_review_lies_within_the_range_it_checked() -> None:
    start, end = covered_period()
    assert start <= REVIEWED_ON <= end


AREAS_WITH_RULES = {
    "pflege",
    "sozialhilfe",
    "krankenversicherung",
    "allgemein",
    "eingliederungshilfe",
    "asyl",
    "grundsicherung",
    "arbeit",
    "einkommensteuer",
    "kinder",
    "nachteilsausgleiche",
    "erbe",
    "widerspruch",
    "zuzahlung",
}


def test_every_parameter_is_used_by_a_rule() -> None:
    """engine.md rule 9: a parameter no rule reads is dead data (or a rule is missing)."""
    engine = Path(__file__).parents[2] / "engine"
    code = "\n".join(p.read_text(encoding="utf-8") for p in engine.rglob("*.py"))
    quoted = set(re.findall(r'"([a-z0-9_]+)"', code))
    # Amounts by grade or GdB are read as f"{prefix}_pg{grad}" / f"{prefix}_gdb{gdb}", the
    # prefix quoted or inline.
    quoted |= {prefix for prefix, _ in re.findall(r'f"([a-z_]+)_(pg|gdb)\{', code)}
    unused = [
        key
        for key, parameter in PARAMETERS.items()
        if parameter.area in AREAS_WITH_RULES
        and key not in quoted
        and re.sub(r"_(pg|gdb)\d+$", "", key) not in quoted
    ]
    assert not unused
