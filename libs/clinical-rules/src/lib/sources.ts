/**
 * Citation strings carried on every result, so the UI can name the basis of a number.
 * One constant per published source; rules combine them where a result rests on several.
 */
export const SOURCES = {
  RECIST_11:
    'Eisenhauer EA et al. New response evaluation criteria in solid tumours: revised RECIST guideline (version 1.1). Eur J Cancer 2009;45:228–247',
  RECIST_FAQ: 'EORTC RECIST Working Group. RECIST 1.1 questions and clarifications (recist.eortc.org)',
  MRECIST:
    'Lencioni R, Llovet JM. Modified RECIST (mRECIST) assessment for hepatocellular carcinoma. Semin Liver Dis 2010;30:52–60',
  PERCIST:
    'Wahl RL, Jacene H, Kasamon Y, Lodge MA. From RECIST to PERCIST: evolving considerations for PET response criteria in solid tumors. J Nucl Med 2009;50 Suppl 1:122S–150S',
  RANO_2:
    'Wen PY et al. RANO 2.0: update to the Response Assessment in Neuro-Oncology criteria for high- and low-grade gliomas in adults. J Clin Oncol 2023;41:5187–5199',
  CKD_EPI_2021:
    'Inker LA et al. New creatinine- and cystatin C-based equations to estimate GFR without race. N Engl J Med 2021;385:1737–1749 (CKD-EPI 2021 creatinine equation)',
  COCKCROFT_GAULT:
    'Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine. Nephron 1976;16:31–41',
  MOSTELLER: 'Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317:1098',
  DUBOIS:
    'Du Bois D, Du Bois EF. A formula to estimate the approximate surface area if height and weight be known. Arch Intern Med 1916;17:863–871',
  KDIGO_2012:
    'KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease. Kidney Int Suppl 2013;3:1–150 (GFR categories G1–G5)',
  CALVERT:
    'Calvert AH et al. Carboplatin dosage: prospective evaluation of a simple formula based on renal function. J Clin Oncol 1989;7:1748–1756; US FDA carboplatin dosing communication 2010 (estimated GFR capped at 125 mL/min)',
  CAPECITABINE_LABEL:
    'Capecitabine (XELODA) US prescribing information: dosage in renal impairment (Cockcroft–Gault CrCl)',
  ZOLEDRONIC_ACID_LABEL:
    'Zoledronic acid (ZOMETA) US prescribing information: multiple myeloma and bone metastases, starting dose by creatinine clearance',
  PEMETREXED_LABEL: 'Pemetrexed (ALIMTA) US prescribing information: renal impairment and use with NSAIDs',
  ACR_MANUAL: 'ACR Manual on Contrast Media, American College of Radiology (current edition)',
  ACR_NKF_2020:
    'Davenport MS et al. Use of intravenous iodinated contrast media in patients with kidney disease: consensus statements from the ACR and the NKF. Radiology 2020;294:660–668',
  ACR_NKF_2021:
    'Weinreb JC et al. Use of intravenous gadolinium-based contrast media in patients with kidney disease: consensus statements from the ACR and the NKF. Radiology 2021;298:28–35',
  ESUR_2018:
    'van der Molen AJ et al. Post-contrast acute kidney injury, parts 1 and 2: ESUR Contrast Media Safety Committee guidelines. Eur Radiol 2018;28:2845–2855 and 2856–2869',
  ONC_HIGH_PRIORITY_DDI:
    'Phansalkar S et al. High-priority drug-drug interactions for use in electronic health records. J Am Med Inform Assoc 2012;19:735–743',
  FDA_CYP_TABLE:
    'US FDA. Drug Development and Drug Interactions: Table of Substrates, Inhibitors and Inducers (strong CYP3A inhibitors)',
  IRINOTECAN_LABEL: 'Irinotecan (CAMPTOSAR) US prescribing information: drug interactions with CYP3A4 inhibitors',
  PROCARBAZINE_LABEL: 'Procarbazine (MATULANE) US prescribing information: monoamine oxidase inhibition',
  CAPECITABINE_WARFARIN_LABEL:
    'Capecitabine (XELODA) US prescribing information: interaction with warfarin (boxed warning in labels before the 2022 revision; Warnings and Precautions since)',
  METHOTREXATE_LABEL:
    'Methotrexate US prescribing information: drug interactions with NSAIDs and proton pump inhibitors',
} as const;

export function cite(...sources: readonly string[]): string {
  return sources.join('; ');
}
