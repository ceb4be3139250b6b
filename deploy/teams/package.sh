#!/usr/bin/env bash
# Builds Passerelle's Teams app package, deploy/teams/build/passerelle-teams.zip, to upload to Teams
# ("Upload a custom app", or the Teams admin center). See "Install in Teams" in the README.
#
#   deploy/teams/package.sh <microsoft-app-id>      or      MICROSOFT_APP_ID=… deploy/teams/package.sh
#
# The app id is the Azure bot's Microsoft App ID (a GUID): it replaces {{MICROSOFT_APP_ID}} in
# manifest.json. The manifest, its French strings (fr.json) and the two icons are checked (with python3,
# or node) before they are zipped.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$here/build"
stage="$build/package"
zipfile="$build/passerelle-teams.zip"
files=(manifest.json fr.json color.png outline.png)

app_id="${1:-${MICROSOFT_APP_ID:-}}"
if [[ $# -gt 1 || -z "$app_id" ]]; then
  echo "usage: deploy/teams/package.sh <microsoft-app-id>   (or set MICROSOFT_APP_ID)" >&2
  exit 2
fi
guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
if [[ ! "$app_id" =~ $guid ]]; then
  echo "package.sh: '$app_id' is not a Microsoft App ID (a GUID such as 12345678-abcd-…)" >&2
  exit 2
fi

rm -rf "$stage" "$zipfile"
mkdir -p "$stage"
for file in "${files[@]}"; do
  [[ -f "$here/$file" ]] || { echo "package.sh: $here/$file is missing" >&2; exit 1; }
  cp "$here/$file" "$stage/$file"
done
sed "s/{{MICROSOFT_APP_ID}}/$app_id/g" "$here/manifest.json" > "$stage/manifest.json"

# The checks Teams would otherwise make on upload, with a clearer message: both files are JSON, the app id is
# everywhere and no placeholder is left, the lengths and counts Teams enforces, every French key names a
# string of the manifest, the icons are PNGs of the right size (the outline with transparency).
python_check='
import json, re, struct, sys
stage, app_id = sys.argv[1], sys.argv[2]
errors = []
def load(name):
    try:
        with open(f"{stage}/{name}", encoding="utf-8") as f:
            return json.load(f)
    except ValueError as e:
        sys.exit(f"package.sh: {name} is not valid JSON: {e}")
m, fr = load("manifest.json"), load("fr.json")
if m.get("manifestVersion") != "1.17": errors.append("manifestVersion is not 1.17")
if "{{" in json.dumps(m): errors.append("a {{placeholder}} is left in manifest.json")
ids = [m.get("id"), m["bots"][0].get("botId"), m["composeExtensions"][0].get("botId"), m.get("webApplicationInfo", {}).get("id", app_id)]
if any(i != app_id for i in ids): errors.append("id, bots[0].botId, composeExtensions[0].botId and webApplicationInfo.id must all be the app id")
def limit(where, text, most):
    if not isinstance(text, str) or not text: errors.append(f"{where} is missing")
    elif len(text) > most: errors.append(f"{where} is {len(text)} characters long, more than {most}")
for key, most in (("name.short", 30), ("name.full", 100), ("description.short", 80), ("description.full", 4000)):
    part, field = key.split(".")
    limit(key, m.get(part, {}).get(field), most)
    limit("fr.json " + key, fr.get(key), most)
limit("developer.name", m.get("developer", {}).get("name"), 32)
strings = {}
for i, commands in enumerate(m["bots"][0].get("commandLists", [])):
    if len(commands["commands"]) > 10: errors.append(f"bots[0].commandLists[{i}] has more than 10 commands")
    for j, c in enumerate(commands["commands"]):
        strings[f"bots[0].commandLists[{i}].commands[{j}].title"] = (c.get("title"), 32)
        strings[f"bots[0].commandLists[{i}].commands[{j}].description"] = (c.get("description"), 128)
for j, c in enumerate(m["composeExtensions"][0]["commands"]):
    strings[f"composeExtensions[0].commands[{j}].title"] = (c.get("title"), 32)
    strings[f"composeExtensions[0].commands[{j}].description"] = (c.get("description"), 128)
for key, (text, most) in strings.items():
    limit(key, text, most)
for key, text in fr.items():
    if key == "$schema" or key in ("name.short", "name.full", "description.short", "description.full"): continue
    if key not in strings: errors.append(f"fr.json: {key} names nothing in manifest.json")
    else: limit("fr.json " + key, text, strings[key][1])
languages = [l.get("file") for l in m.get("localizationInfo", {}).get("additionalLanguages", [])]
if languages != ["fr.json"]: errors.append("localizationInfo.additionalLanguages must list fr.json")
for name, size, alpha in (("color.png", 192, False), ("outline.png", 32, True)):
    with open(f"{stage}/{name}", "rb") as f:
        head = f.read(33)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        errors.append(f"{name} is not a PNG"); continue
    width, height, depth, kind = struct.unpack(">IIBB", head[16:26])
    if (width, height) != (size, size): errors.append(f"{name} is {width}x{height}, not {size}x{size}")
    if alpha and kind not in (4, 6): errors.append(f"{name} has no transparency")
if errors:
    sys.exit("package.sh: the app package is not valid:\n  " + "\n  ".join(errors))
'
node_check='
const fs = require("fs"), [stage, appId] = process.argv.slice(1), errors = [];
const load = name => { try { return JSON.parse(fs.readFileSync(`${stage}/${name}`, "utf8")); }
  catch (e) { console.error(`package.sh: ${name} is not valid JSON: ${e.message}`); process.exit(1); } };
const m = load("manifest.json"), fr = load("fr.json");
if (m.manifestVersion !== "1.17") errors.push("manifestVersion is not 1.17");
if (JSON.stringify(m).includes("{{")) errors.push("a {{placeholder}} is left in manifest.json");
const ids = [m.id, m.bots[0].botId, m.composeExtensions[0].botId, (m.webApplicationInfo || {}).id || appId];
if (ids.some(i => i !== appId)) errors.push("id, bots[0].botId, composeExtensions[0].botId and webApplicationInfo.id must all be the app id");
const limit = (where, text, most) => {
  if (typeof text !== "string" || !text) errors.push(`${where} is missing`);
  else if ([...text].length > most) errors.push(`${where} is ${[...text].length} characters long, more than ${most}`); };
for (const [key, most] of [["name.short", 30], ["name.full", 100], ["description.short", 80], ["description.full", 4000]]) {
  const [part, field] = key.split(".");
  limit(key, (m[part] || {})[field], most); limit("fr.json " + key, fr[key], most); }
limit("developer.name", (m.developer || {}).name, 32);
const strings = {};
(m.bots[0].commandLists || []).forEach((list, i) => {
  if (list.commands.length > 10) errors.push(`bots[0].commandLists[${i}] has more than 10 commands`);
  list.commands.forEach((c, j) => {
    strings[`bots[0].commandLists[${i}].commands[${j}].title`] = [c.title, 32];
    strings[`bots[0].commandLists[${i}].commands[${j}].description`] = [c.description, 128]; }); });
m.composeExtensions[0].commands.forEach((c, j) => {
  strings[`composeExtensions[0].commands[${j}].title`] = [c.title, 32];
  strings[`composeExtensions[0].commands[${j}].description`] = [c.description, 128]; });
for (const [key, [text, most]] of Object.entries(strings)) limit(key, text, most);
for (const [key, text] of Object.entries(fr)) {
  if (["$schema", "name.short", "name.full", "description.short", "description.full"].includes(key)) continue;
  if (!(key in strings)) errors.push(`fr.json: ${key} names nothing in manifest.json`);
  else limit("fr.json " + key, text, strings[key][1]); }
const languages = ((m.localizationInfo || {}).additionalLanguages || []).map(l => l.file);
if (JSON.stringify(languages) !== JSON.stringify(["fr.json"])) errors.push("localizationInfo.additionalLanguages must list fr.json");
for (const [name, size, alpha] of [["color.png", 192, false], ["outline.png", 32, true]]) {
  const head = fs.readFileSync(`${stage}/${name}`).subarray(0, 33);
  if (!head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
      || head.toString("latin1", 12, 16) !== "IHDR") { errors.push(`${name} is not a PNG`); continue; }
  const width = head.readUInt32BE(16), height = head.readUInt32BE(20), kind = head[25];
  if (width !== size || height !== size) errors.push(`${name} is ${width}x${height}, not ${size}x${size}`);
  if (alpha && kind !== 4 && kind !== 6) errors.push(`${name} has no transparency`); }
if (errors.length) { console.error("package.sh: the app package is not valid:\n  " + errors.join("\n  ")); process.exit(1); }
'
if command -v python3 >/dev/null 2>&1; then
  python3 -c "$python_check" "$stage" "$app_id"
elif command -v node >/dev/null 2>&1; then
  node -e "$node_check" "$stage" "$app_id"
else
  echo "package.sh: python3 or node is needed to check the manifest" >&2
  exit 2
fi

# The files at the root of the archive, as Teams wants them.
if command -v zip >/dev/null 2>&1; then
  (cd "$stage" && zip -q -X "$zipfile" "${files[@]}")
elif command -v python3 >/dev/null 2>&1; then
  (cd "$stage" && python3 -c 'import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    [z.write(name) for name in sys.argv[2:]]' "$zipfile" "${files[@]}")
else
  echo "package.sh: zip (or python3) is needed to build the archive" >&2
  exit 2
fi
echo "Teams app package for bot $app_id: $zipfile"
echo "Upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin center."
