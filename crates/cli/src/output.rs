//! Rows printed as a table, JSON, CSV or Markdown.

use clap::ValueEnum;

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// A JSON array of objects.
    Json,
    /// RFC 4180 CSV with a header row.
    Csv,
    /// A Markdown table.
    Markdown,
}

/// A table: column names and rows of cells. JSON output uses `json` when given (the records themselves).
#[derive(Debug, Default)]
pub struct Rows {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    pub json: Option<serde_json::Value>,
}

fn csv_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

impl Rows {
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Json => {
                let value = self.json.clone().unwrap_or_else(|| {
                    serde_json::Value::Array(
                        self.rows
                            .iter()
                            .map(|row| {
                                serde_json::Value::Object(
                                    self.columns
                                        .iter()
                                        .zip(row)
                                        .map(|(c, v)| ((*c).to_owned(), serde_json::Value::String(v.clone())))
                                        .collect(),
                                )
                            })
                            .collect(),
                    )
                });
                let mut text = serde_json::to_string_pretty(&value).unwrap_or_else(|e| format!("\"{e}\""));
                text.push('\n');
                text
            }
            Format::Csv => {
                let mut out = self.columns.join(",");
                out.push('\n');
                for row in &self.rows {
                    out.push_str(&row.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
                    out.push('\n');
                }
                out
            }
            Format::Markdown => {
                let escape = |c: &str| c.replace('|', "\\|").replace('\n', " ");
                let mut out = format!("| {} |\n", self.columns.join(" | "));
                out.push_str(&format!("|{}\n", " --- |".repeat(self.columns.len())));
                for row in &self.rows {
                    out.push_str(&format!("| {} |\n", row.iter().map(|c| escape(c)).collect::<Vec<_>>().join(" | ")));
                }
                out
            }
            Format::Table => {
                let mut widths: Vec<usize> = self.columns.iter().map(|c| c.len()).collect();
                for row in &self.rows {
                    for (i, cell) in row.iter().enumerate() {
                        widths[i] = widths[i].max(cell.chars().count());
                    }
                }
                let line = |cells: Vec<&str>| -> String {
                    let last = cells.len().saturating_sub(1);
                    let mut text = String::new();
                    for (i, cell) in cells.iter().enumerate() {
                        if i == last {
                            text.push_str(cell);
                        } else {
                            text.push_str(&format!("{cell:<width$}  ", width = widths[i]));
                        }
                    }
                    text.trim_end().to_owned() + "\n"
                };
                let mut out = line(self.columns.clone());
                for row in &self.rows {
                    out.push_str(&line(row.iter().map(String::as_str).collect()));
                }
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_carries_every_cell() {
        let rows = Rows {
            columns: vec!["a", "b"],
            rows: vec![vec!["1".into(), "x, \"y\"".into()], vec!["22".into(), "a|b".into()]],
            json: None,
        };
        assert_eq!(rows.render(Format::Csv), "a,b\n1,\"x, \"\"y\"\"\"\n22,a|b\n");
        assert_eq!(rows.render(Format::Markdown), "| a | b |\n| --- | --- |\n| 1 | x, \"y\" |\n| 22 | a\\|b |\n");
        assert_eq!(rows.render(Format::Table), "a   b\n1   x, \"y\"\n22  a|b\n");
        let json: serde_json::Value = serde_json::from_str(&rows.render(Format::Json)).unwrap();
        assert_eq!(json[1]["b"], "a|b");
    }
}
