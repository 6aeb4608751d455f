; Inno Setup 6 script for HyPe Desktop (Windows). Built by packaging/build.py when iscc is
; on PATH:  iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\hype-desktop /O..\..\dist hype-desktop.iss
;
; Installs per user without admin rights by default (into %LOCALAPPDATA%\Programs);
; school IT can install for all users with  setup.exe /ALLUSERS  (Program Files: what AppLocker
; rules allow), silently with  /VERYSILENT /ALLUSERS /SUPPRESSMSGBOXES /NORESTART; see
; docs/school-it.md. A trainer's hype-preset.json placed next to the setup .exe is installed
; beside the app, with the pack it names (whatever its file name). Upgrades remove the old
; program files first (the user's data lives elsewhere, in %LOCALAPPDATA%\HyPe Desktop).
; NOT BUILT HERE: parse-checked on Linux only (tests/packaging).
; Signing: build.py runs signtool on the exe and the installer when HYPE_WIN_SIGN_CERT is set.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\hype-desktop"
#endif

[Setup]
AppId={{8C0F4B52-6A1E-4C69-9E0B-2D7A3F5E1C47}
AppName=HyPe Desktop
AppVersion={#AppVersion}
AppPublisher=HyPe Desktop
DefaultDirName={autopf}\HyPe Desktop
DefaultGroupName=HyPe Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
OutputBaseFilename=hype-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\hype-desktop.ico
UninstallDisplayIcon={app}\hype-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"

[InstallDelete]
; an upgrade must not leave the previous version's libraries beside the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; a trainer's preset shipped beside the installer
Source: "{src}\hype-preset.json"; DestDir: "{app}"; Flags: external skipifsourcedoesntexist ignoreversion
; the pack the preset names is copied in [Code] (CopyPresetPack), whatever its name

[Icons]
Name: "{autoprograms}\HyPe Desktop"; Filename: "{app}\hype-desktop.exe"
Name: "{autodesktop}\HyPe Desktop"; Filename: "{app}\hype-desktop.exe"; Tasks: desktopicon

[Registry]
; File associations: HKA is HKCU for a per-user install, HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.hype"; ValueType: string; ValueName: ""; ValueData: "HyPeDesktop.Export"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HyPeDesktop.Export"; ValueType: string; ValueName: ""; ValueData: "HyPe reflection export"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HyPeDesktop.Export\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\hype-desktop.exe,0"
Root: HKA; Subkey: "Software\Classes\HyPeDesktop.Export\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\hype-desktop.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.hype-team"; ValueType: string; ValueName: ""; ValueData: "HyPeDesktop.Team"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HyPeDesktop.Team"; ValueType: string; ValueName: ""; ValueData: "HyPe team summary"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HyPeDesktop.Team\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\hype-desktop.exe,0"
Root: HKA; Subkey: "Software\Classes\HyPeDesktop.Team\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\hype-desktop.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.hype-round"; ValueType: string; ValueName: ""; ValueData: "HyPeDesktop.Round"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HyPeDesktop.Round"; ValueType: string; ValueName: ""; ValueData: "HyPe round invitation"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HyPeDesktop.Round\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\hype-desktop.exe,0"
Root: HKA; Subkey: "Software\Classes\HyPeDesktop.Round\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\hype-desktop.exe"" ""%1"""

[Run]
Filename: "{app}\hype-desktop.exe"; Description: "{cm:LaunchProgram,HyPe Desktop}"; Flags: nowait postinstall skipifsilent

[Code]
{ The preset names its pack as  "instrument_pack": "NAME.json" : copy that file too. The name is
  checked as the app checks it (a plain file name of letters, digits, _ . -), so nothing outside
  the setup folder is ever copied. }
function PackName(const Preset: String): String;
var
  Text: AnsiString;
  Rest: String;
  P, I: Integer;
  C: Char;
begin
  Result := '';
  if not LoadStringFromFile(Preset, Text) then Exit;
  Rest := String(Text);
  P := Pos('"instrument_pack"', Rest);
  if P = 0 then Exit;
  Delete(Rest, 1, P + Length('"instrument_pack"') - 1);
  P := Pos('"', Rest);
  if P = 0 then Exit;
  Delete(Rest, 1, P);
  P := Pos('"', Rest);
  if (P <= 1) or (P > 101) then Exit;
  Rest := Copy(Rest, 1, P - 1);
  for I := 1 to Length(Rest) do begin
    C := Rest[I];
    if not (((C >= 'a') and (C <= 'z')) or ((C >= 'A') and (C <= 'Z')) or ((C >= '0') and (C <= '9'))
            or (C = '_') or (C = '-') or (C = '.')) then Exit;
  end;
  if LowerCase(Copy(Rest, Length(Rest) - 4, 5)) <> '.json' then Exit;
  Result := Rest;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Pack: String;
begin
  if CurStep = ssPostInstall then begin
    Pack := PackName(ExpandConstant('{src}\hype-preset.json'));
    if (Pack <> '') and FileExists(ExpandConstant('{src}\') + Pack) then
      FileCopy(ExpandConstant('{src}\') + Pack, ExpandConstant('{app}\') + Pack, False);
  end;
end;
