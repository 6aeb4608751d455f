; Inno Setup 6 script for HyPe Desktop (Windows). Built by packaging/build.py when iscc is
; on PATH:  iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\hype-desktop /O..\..\dist hype-desktop.iss
;
; Installs per user without admin rights by default (into %LOCALAPPDATA%\Programs);
; school IT can install for all users with  setup.exe /ALLUSERS  (or choose it in the dialog),
; silently with  /VERYSILENT /ALLUSERS /SUPPRESSMSGBOXES. A trainer's hype-preset.json placed
; next to the setup .exe is installed beside the app (where the app looks for it).
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

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; a trainer's preset shipped beside the installer
Source: "{src}\hype-preset.json"; DestDir: "{app}"; Flags: external skipifsourcedoesntexist ignoreversion
Source: "{src}\hype-pack*.json"; DestDir: "{app}"; Flags: external skipifsourcedoesntexist ignoreversion

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
