; Inno Setup script: packs the Windows build (packaging\dist\ldn-diary\) into one installer,
; packaging\dist\LDN-Diary-Setup-<version>.exe. On Windows, from the repository root:
;     python packaging\build.py
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\ldn-diary.iss
; Installs for the current user only (no administrator prompt), adds a Start menu entry and an
; optional desktop shortcut. Uninstalling leaves the diary (%LOCALAPPDATA%\LDN Diary) in place.
; Not built or tested in CI (CI runs on Linux); sign the installer before publishing it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; A fixed id: Windows recognises later versions as updates of this one. Never change it.
AppId={{BA94AEC9-01D5-4A63-A02B-64B1316FD371}
AppName=LDN Diary
AppVersion={#AppVersion}
AppVerName=LDN Diary {#AppVersion}
AppPublisher=The LDN Diary developers
DefaultDirName={localappdata}\Programs\LDN Diary
DefaultGroupName=LDN Diary
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=LDN-Diary-Setup-{#AppVersion}
SetupIconFile=..\build\icons\ldn-diary.ico
UninstallDisplayIcon={app}\ldn-diary.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\ldn-diary\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\LDN Diary"; Filename: "{app}\ldn-diary.exe"
Name: "{autodesktop}\LDN Diary"; Filename: "{app}\ldn-diary.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ldn-diary.exe"; Description: "{cm:LaunchProgram,LDN Diary}"; Flags: nowait postinstall skipifsilent
