//! Writes a synthetic locale-root docs tree for benchmarks:
//! `<out>/<locale>/articles/<service>/<name>.md`, deterministic from `--seed`.
//!
//! ```text
//! cargo run --release --example gen-corpus -- --articles 5600 --locales 18 --out /tmp/corpus [--seed 1] [--sections 6]
//! ```
//!
//! Each page has Microsoft Docs front matter, anchored headings, alerts, includes, links,
//! lists, code blocks and tables. Its sentences come from a small per-language bank of
//! real claim phrasings (asserted, negated, inverted), and translations sometimes drop a
//! section or invert a claim, so extraction and the checks do real work.
use rayon::prelude::*;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

const LOCALES: [&str; 18] = [
    "en-us", "fr-fr", "de-de", "es-es", "ja-jp", "zh-cn", "it-it", "pt-br", "pt-pt", "nl-nl",
    "sv-se", "pl-pl", "cs-cz", "hu-hu", "tr-tr", "ru-ru", "ko-kr", "zh-tw",
];
const SERVICES: [&str; 6] = [
    "iot-hub",
    "iot-dps",
    "cognitive-services",
    "storage",
    "cosmos-db",
    "key-vault",
];

/// Claim phrasings: [asserted, negated or inverted] per language bank.
struct Bank {
    claims: &'static [(&'static str, &'static str)],
    filler: &'static [&'static str],
    headings: &'static [&'static str],
    notes: &'static [&'static str],
}

const EN: Bank = Bank {
    claims: &[
        (
            "Data is encrypted when it is written to disk and decrypted when it is read.",
            "Data is encrypted when it is read and decrypted when it is written.",
        ),
        (
            "Customer-managed keys are supported.",
            "Customer-managed keys are not supported.",
        ),
        (
            "By default, data is encrypted with Microsoft-managed keys.",
            "By default, data is not encrypted.",
        ),
        (
            "Your key must be stored in Azure Key Vault.",
            "Your key does not need to be stored in Azure Key Vault.",
        ),
        (
            "Customer-managed keys require a new IoT hub.",
            "Customer-managed keys require the creation of an IoT hub.",
        ),
        (
            "Encryption uses 256-bit AES encryption and is FIPS 140-2 compliant.",
            "Encryption uses 128-bit AES encryption.",
        ),
        (
            "Only RSA keys of size 2048 are supported.",
            "RSA keys of any size are supported.",
        ),
        (
            "If you revoke the key, the service can no longer read your data.",
            "Revoking the key has no effect on access to your data.",
        ),
        (
            "Encryption is transparent and requires no change to your code.",
            "Encryption is managed by you.",
        ),
        (
            "You can create, rotate, disable and revoke your keys.",
            "You can create and rotate your access controls.",
        ),
        (
            "Requests are approved within 3-5 business days.",
            "Requests are approved within 10 business days.",
        ),
    ],
    filler: &[
        "This article describes how to configure the service for production workloads.",
        "For more information, see the related articles at the end of this page.",
        "You can use the Azure portal, the Azure CLI or PowerShell to complete these steps.",
        "The following table lists the settings and their default values.",
        "Make sure that you have the required permissions before you start.",
    ],
    headings: &[
        "Overview",
        "Prerequisites",
        "Encryption of data at rest",
        "Customer-managed keys",
        "Limitations",
        "Configure the key",
        "Pricing",
        "Next steps",
    ],
    notes: &[
        "This feature is in public preview.",
        "Changes can take up to ten minutes to take effect.",
    ],
};

const FR: Bank = Bank {
    claims: &[
        ("Les données sont chiffrées lors de leur écriture et déchiffrées lors de leur lecture.", "Les données sont chiffrées lors de leur lecture et déchiffrées lors de leur écriture."),
        ("Les clés gérées par le client sont prises en charge.", "Les clés gérées par le client ne sont pas prises en charge."),
        ("Par défaut, les données sont chiffrées avec des clés gérées par Microsoft.", "Par défaut, les données ne sont pas chiffrées."),
        ("Votre clé doit être stockée dans Azure Key Vault.", "Votre clé n’a pas besoin d’être stockée dans Azure Key Vault."),
        ("Les clés gérées par le client nécessitent un nouveau hub IoT.", "Les clés gérées par le client nécessitent la création d’un hub IoT."),
        ("Le chiffrement utilise AES 256 bits et est conforme à FIPS 140-2.", "Le chiffrement utilise AES 128 bits."),
        ("Seules les clés RSA de taille 2048 sont prises en charge.", "Les clés RSA de toute taille sont prises en charge."),
    ],
    filler: &[
        "Cet article explique comment configurer le service pour les charges de travail de production.",
        "Pour plus d’informations, consultez les articles connexes à la fin de cette page.",
        "Vous pouvez utiliser le portail Azure, Azure CLI ou PowerShell pour effectuer ces étapes.",
    ],
    headings: &["Vue d’ensemble", "Prérequis", "Chiffrement des données au repos", "Clés gérées par le client", "Limitations", "Configurer la clé", "Tarifs", "Étapes suivantes"],
    notes: &["Cette fonctionnalité est en préversion publique."],
};

const DE: Bank = Bank {
    claims: &[
        ("Daten werden beim Schreiben verschlüsselt und beim Lesen entschlüsselt.", "Daten werden beim Lesen verschlüsselt und beim Schreiben entschlüsselt."),
        ("Kundenseitig verwaltete Schlüssel werden unterstützt.", "Kundenseitig verwaltete Schlüssel werden nicht unterstützt."),
        ("Standardmäßig werden Daten mit von Microsoft verwalteten Schlüsseln verschlüsselt.", "Standardmäßig werden Daten nicht verschlüsselt."),
        ("Ihr Schlüssel muss in Azure Key Vault gespeichert werden.", "Ihr Schlüssel muss nicht in Azure Key Vault gespeichert werden."),
        ("Die Verschlüsselung verwendet AES mit 256 Bit und ist FIPS 140-2-konform.", "Die Verschlüsselung verwendet AES mit 128 Bit."),
    ],
    filler: &[
        "In diesem Artikel wird beschrieben, wie Sie den Dienst für Produktionsworkloads konfigurieren.",
        "Weitere Informationen finden Sie in den verwandten Artikeln am Ende dieser Seite.",
    ],
    headings: &["Übersicht", "Voraussetzungen", "Verschlüsselung ruhender Daten", "Kundenseitig verwaltete Schlüssel", "Einschränkungen", "Schlüssel konfigurieren", "Preise", "Nächste Schritte"],
    notes: &["Dieses Feature befindet sich in der öffentlichen Vorschau."],
};

const ES: Bank = Bank {
    claims: &[
        ("Los datos se cifran cuando se escriben y se descifran cuando se leen.", "Los datos se cifran cuando se leen y se descifran cuando se escriben."),
        ("Se admiten las claves administradas por el cliente.", "No se admiten las claves administradas por el cliente."),
        ("De forma predeterminada, los datos se cifran con claves administradas por Microsoft.", "De forma predeterminada, los datos no se cifran."),
    ],
    filler: &["En este artículo se describe cómo configurar el servicio para cargas de trabajo de producción.", "Para más información, consulte los artículos relacionados."],
    headings: &["Información general", "Requisitos previos", "Cifrado de datos en reposo", "Claves administradas por el cliente", "Limitaciones", "Configurar la clave", "Precios", "Pasos siguientes"],
    notes: &["Esta característica está en versión preliminar pública."],
};

const JA: Bank = Bank {
    claims: &[
        (
            "データは書き込み時に暗号化され、読み取り時に暗号化解除されます。",
            "データは読み取り時に暗号化され、書き込み時に暗号化解除されます。",
        ),
        (
            "カスタマー マネージド キーがサポートされています。",
            "カスタマー マネージド キーはサポートされていません。",
        ),
        (
            "既定では、データは Microsoft マネージド キーで暗号化されます。",
            "既定では、データは暗号化されません。",
        ),
        (
            "キーは Azure Key Vault に格納する必要があります。",
            "キーを Azure Key Vault に格納する必要はありません。",
        ),
    ],
    filler: &[
        "この記事では、運用ワークロード向けにサービスを構成する方法について説明します。",
        "詳細については、このページの最後にある関連記事を参照してください。",
    ],
    headings: &[
        "概要",
        "前提条件",
        "保存データの暗号化",
        "カスタマー マネージド キー",
        "制限事項",
        "キーを構成する",
        "価格",
        "次のステップ",
    ],
    notes: &["この機能はパブリック プレビュー段階です。"],
};

const ZH: Bank = Bank {
    claims: &[
        (
            "数据在写入时加密，在读取时解密。",
            "数据在读取时加密，在写入时解密。",
        ),
        ("支持客户管理的密钥。", "不支持客户管理的密钥。"),
        (
            "默认情况下，使用 Microsoft 管理的密钥加密数据。",
            "默认情况下，数据不加密。",
        ),
        (
            "密钥必须存储在 Azure Key Vault 中。",
            "密钥无需存储在 Azure Key Vault 中。",
        ),
    ],
    filler: &[
        "本文介绍如何为生产工作负载配置服务。",
        "有关详细信息，请参阅本页末尾的相关文章。",
    ],
    headings: &[
        "概述",
        "先决条件",
        "静态数据加密",
        "客户管理的密钥",
        "限制",
        "配置密钥",
        "定价",
        "后续步骤",
    ],
    notes: &["此功能目前为公共预览版。"],
};

fn bank(locale: &str) -> &'static Bank {
    match &locale[..2] {
        "fr" => &FR,
        "de" => &DE,
        "es" | "pt" | "it" => &ES,
        "ja" | "ko" => &JA,
        "zh" => &ZH,
        _ => &EN,
    }
}

/// SplitMix64: tiny, deterministic, good enough for test data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

struct Args {
    articles: usize,
    locales: usize,
    out: PathBuf,
    seed: u64,
    sections: usize,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        articles: 100,
        locales: 18,
        out: PathBuf::new(),
        seed: 1,
        sections: 6,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--articles" => {
                a.articles = value()?.parse().map_err(|e| format!("--articles: {e}"))?
            }
            "--locales" => {
                a.locales = value()?
                    .parse::<usize>()
                    .map_err(|e| format!("--locales: {e}"))?
                    .clamp(1, LOCALES.len())
            }
            "--out" => a.out = PathBuf::from(value()?),
            "--seed" => a.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--sections" => {
                a.sections = value()?.parse().map_err(|e| format!("--sections: {e}"))?
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    if a.out.as_os_str().is_empty() {
        return Err("--out DIR is required".into());
    }
    Ok(a)
}

fn main() {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("gen-corpus: {e}\nusage: gen-corpus --articles N --locales L --out DIR [--seed S] [--sections K]");
            std::process::exit(2);
        }
    };
    let total: u64 = (0..args.articles)
        .into_par_iter()
        .map(|i| write_article(&args, i).unwrap_or_else(|e| panic!("article {i}: {e}")))
        .sum();
    eprintln!(
        "gen-corpus: {} files, {:.1} MB in {}",
        args.articles * args.locales,
        total as f64 / 1e6,
        args.out.display()
    );
}

/// Writes every locale of article `i`; returns the bytes written.
fn write_article(args: &Args, i: usize) -> std::io::Result<u64> {
    let mut plan = Rng::new(args.seed.wrapping_mul(1_000_003).wrapping_add(i as u64));
    let service = *plan.pick(&SERVICES);
    let name = format!("article-{i:06}");
    let sections = 2 + plan.below(args.sections * 2 - 1);
    let hash = format!("{:016x}{:016x}", plan.next(), plan.next());
    let mut bytes = 0;
    for (l, locale) in LOCALES.iter().take(args.locales).enumerate() {
        let mut rng = Rng::new(plan.0 ^ (l as u64 + 1).wrapping_mul(0xA24B_AED4_963E_E407));
        let text = page(&mut rng, locale, l == 0, service, &name, sections, &hash, i);
        let dir = args.out.join(locale).join("articles").join(service);
        std::fs::create_dir_all(&dir)?;
        let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join(format!("{name}.md")))?);
        f.write_all(text.as_bytes())?;
        f.flush()?;
        bytes += text.len() as u64;
    }
    Ok(bytes)
}

#[allow(clippy::too_many_arguments)]
fn page(
    rng: &mut Rng,
    locale: &str,
    source: bool,
    service: &str,
    name: &str,
    sections: usize,
    hash: &str,
    i: usize,
) -> String {
    let b = bank(locale);
    let mut s = String::with_capacity(8192);
    let _ = writeln!(
        s,
        "---\ntitle: {} {name}\ndescription: {}",
        b.headings[0], b.filler[0]
    );
    let _ = writeln!(
        s,
        "author: writer{}\nms.author: writer{}\nms.service: {service}\nms.topic: conceptual",
        i % 17,
        i % 17
    );
    let _ = writeln!(s, "ms.date: {:02}/{:02}/2024", 1 + i % 12, 1 + i % 28);
    if !source {
        let _ = writeln!(
            s,
            "ms.openlocfilehash: {hash}\nms.sourcegitcommit: {}",
            &hash[..16]
        );
        let _ = writeln!(s, "ms.translationtype: HT\nms.contentlocale: {locale}\nms.lasthandoff: 06/01/2024\nms.locfileid: \"{}\"", 90_000_000 + i);
    }
    s.push_str("---\n\n");
    let _ = writeln!(s, "# <a name=\"{name}\"></a>{} {name}\n", b.headings[0]);
    paragraph(rng, b, &mut s);
    for k in 0..sections {
        // Translations sometimes drop a section: a structure finding.
        if !source && rng.chance(3) {
            continue;
        }
        let h = b.headings[1 + k % (b.headings.len() - 1)];
        let _ = writeln!(s, "## <a name=\"s{k}\"></a>{h}\n");
        paragraph(rng, b, &mut s);
        match rng.below(6) {
            0 => {
                let _ = writeln!(s, "> [!NOTE]\n> {}\n", rng.pick(b.notes));
            }
            1 => {
                let _ = writeln!(
                    s,
                    "[!INCLUDE [{service}](../../includes/{service}-cmk-{}.md)]\n",
                    k % 3
                );
            }
            2 => {
                s.push_str("```azurecli\naz iot hub update --name MyHub --set properties.encryption.keySource=Microsoft.KeyVault\n```\n\n");
            }
            3 => {
                let _ = writeln!(
                    s,
                    "| Setting | Value |\n|---|---|\n| {} | {} |\n| tier | S1 |\n",
                    rng.pick(b.headings),
                    claim(rng, b, source)
                );
            }
            _ => {}
        }
        for n in 0..1 + rng.below(4) {
            let _ = writeln!(
                s,
                "{}. {} See [{}](./{service}-{n}.md#s{k}).",
                n + 1,
                claim(rng, b, source),
                rng.pick(b.headings)
            );
        }
        s.push('\n');
        paragraph(rng, b, &mut s);
    }
    s
}

fn paragraph(rng: &mut Rng, b: &Bank, s: &mut String) {
    for _ in 0..2 + rng.below(4) {
        let sentence = if rng.chance(40) {
            claim(rng, b, false)
        } else {
            rng.pick(b.filler)
        };
        s.push_str(sentence);
        s.push(' ');
    }
    s.push_str("\n\n");
}

/// A claim sentence: asserted, or (rarely, in translations) negated or inverted.
fn claim(rng: &mut Rng, b: &Bank, source: bool) -> &'static str {
    let (good, bad) = *rng.pick(b.claims);
    if !source && rng.chance(2) {
        bad
    } else {
        good
    }
}
