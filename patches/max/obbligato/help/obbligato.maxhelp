{
    "patcher": {
        "fileversion": 1,
        "appversion": {
            "major": 8,
            "minor": 5,
            "revision": 5,
            "architecture": "x64",
            "modernui": 1
        },
        "classnamespace": "box",
        "rect": [
            40.0,
            80.0,
            900.0,
            1000.0
        ],
        "bglocked": 0,
        "openinpresentation": 0,
        "default_fontsize": 12.0,
        "default_fontface": 0,
        "default_fontname": "Arial",
        "gridonopen": 1,
        "gridsize": [
            15.0,
            15.0
        ],
        "gridsnaponopen": 1,
        "objectsnaponopen": 1,
        "statusbarvisible": 2,
        "toolbarvisible": 1,
        "lefttoolbarpinned": 0,
        "toptoolbarpinned": 0,
        "righttoolbarpinned": 0,
        "bottomtoolbarpinned": 0,
        "toolbars_unpinned_last_save": 0,
        "tallnewobj": 0,
        "boxanimatetime": 200,
        "enablehscroll": 1,
        "enablevscroll": 1,
        "devicewidth": 0.0,
        "description": "",
        "digest": "",
        "tags": "",
        "style": "",
        "subpatcher_template": "",
        "assistshowspatchername": 0,
        "boxes": [
            {
                "box": {
                    "id": "obj-1",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        10.0,
                        10.0,
                        53,
                        22.0
                    ],
                    "patcher": {
                        "fileversion": 1,
                        "appversion": {
                            "major": 8,
                            "minor": 5,
                            "revision": 5,
                            "architecture": "x64",
                            "modernui": 1
                        },
                        "classnamespace": "box",
                        "rect": [
                            40.0,
                            80.0,
                            710.0,
                            1030.0
                        ],
                        "bglocked": 0,
                        "openinpresentation": 0,
                        "default_fontsize": 12.0,
                        "default_fontface": 0,
                        "default_fontname": "Arial",
                        "gridonopen": 1,
                        "gridsize": [
                            15.0,
                            15.0
                        ],
                        "gridsnaponopen": 1,
                        "objectsnaponopen": 1,
                        "statusbarvisible": 2,
                        "toolbarvisible": 1,
                        "lefttoolbarpinned": 0,
                        "toptoolbarpinned": 0,
                        "righttoolbarpinned": 0,
                        "bottomtoolbarpinned": 0,
                        "toolbars_unpinned_last_save": 0,
                        "tallnewobj": 0,
                        "boxanimatetime": 200,
                        "enablehscroll": 1,
                        "enablevscroll": 1,
                        "devicewidth": 0.0,
                        "description": "",
                        "digest": "",
                        "tags": "",
                        "style": "",
                        "subpatcher_template": "",
                        "assistshowspatchername": 0,
                        "boxes": [
                            {
                                "box": {
                                    "id": "obj-1",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        10.0,
                                        278,
                                        20.0
                                    ],
                                    "text": "obbligato: a live agent that answers your playing."
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-2",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        32.0,
                                        392,
                                        20.0
                                    ],
                                    "text": "1. Start the server: the server tab, or `obbligato serve` in a terminal."
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-3",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        54.0,
                                        355,
                                        20.0
                                    ],
                                    "text": "2. choose... an agent folder and a target corpus, then click start."
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-4",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        76.0,
                                        485,
                                        20.0
                                    ],
                                    "text": "Arguments: agent name (default main), server port (default 9000). One object per agent."
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-5",
                                    "maxclass": "message",
                                    "numinlets": 2,
                                    "numoutlets": 1,
                                    "patching_rect": [
                                        10.0,
                                        110.0,
                                        40,
                                        22.0
                                    ],
                                    "text": "start",
                                    "outlettype": [
                                        ""
                                    ]
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-6",
                                    "maxclass": "message",
                                    "numinlets": 2,
                                    "numoutlets": 1,
                                    "patching_rect": [
                                        130.0,
                                        110.0,
                                        40,
                                        22.0
                                    ],
                                    "text": "stop",
                                    "outlettype": [
                                        ""
                                    ]
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-7",
                                    "maxclass": "message",
                                    "numinlets": 2,
                                    "numoutlets": 1,
                                    "patching_rect": [
                                        250.0,
                                        110.0,
                                        65,
                                        22.0
                                    ],
                                    "text": "top_p 0.8",
                                    "outlettype": [
                                        ""
                                    ]
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-8",
                                    "maxclass": "message",
                                    "numinlets": 2,
                                    "numoutlets": 1,
                                    "patching_rect": [
                                        370.0,
                                        110.0,
                                        132,
                                        22.0
                                    ],
                                    "text": "placement roundrobin",
                                    "outlettype": [
                                        ""
                                    ]
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-9",
                                    "maxclass": "bpatcher",
                                    "numinlets": 1,
                                    "numoutlets": 5,
                                    "patching_rect": [
                                        10.0,
                                        150.0,
                                        650.0,
                                        810.0
                                    ],
                                    "outlettype": [
                                        "",
                                        "",
                                        "",
                                        "",
                                        ""
                                    ],
                                    "name": "obbligato.maxpat",
                                    "args": [
                                        "main",
                                        9000
                                    ]
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-10",
                                    "maxclass": "newobj",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        970.0,
                                        127,
                                        22.0
                                    ],
                                    "outlettype": [],
                                    "text": "print obbligato-errors"
                                }
                            }
                        ],
                        "lines": [
                            {
                                "patchline": {
                                    "source": [
                                        "obj-5",
                                        0
                                    ],
                                    "destination": [
                                        "obj-9",
                                        0
                                    ],
                                    "order": 0
                                }
                            },
                            {
                                "patchline": {
                                    "source": [
                                        "obj-6",
                                        0
                                    ],
                                    "destination": [
                                        "obj-9",
                                        0
                                    ],
                                    "order": 0
                                }
                            },
                            {
                                "patchline": {
                                    "source": [
                                        "obj-7",
                                        0
                                    ],
                                    "destination": [
                                        "obj-9",
                                        0
                                    ],
                                    "order": 0
                                }
                            },
                            {
                                "patchline": {
                                    "source": [
                                        "obj-8",
                                        0
                                    ],
                                    "destination": [
                                        "obj-9",
                                        0
                                    ],
                                    "order": 0
                                }
                            },
                            {
                                "patchline": {
                                    "source": [
                                        "obj-9",
                                        2
                                    ],
                                    "destination": [
                                        "obj-10",
                                        0
                                    ],
                                    "order": 0
                                }
                            }
                        ],
                        "dependency_cache": [],
                        "autosave": 0,
                        "showontab": 1
                    },
                    "text": "p basic",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-2",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        100.0,
                        10.0,
                        75,
                        22.0
                    ],
                    "patcher": {
                        "fileversion": 1,
                        "appversion": {
                            "major": 8,
                            "minor": 5,
                            "revision": 5,
                            "architecture": "x64",
                            "modernui": 1
                        },
                        "classnamespace": "box",
                        "rect": [
                            40.0,
                            80.0,
                            1038.0,
                            1226.0
                        ],
                        "bglocked": 0,
                        "openinpresentation": 0,
                        "default_fontsize": 12.0,
                        "default_fontface": 0,
                        "default_fontname": "Arial",
                        "gridonopen": 1,
                        "gridsize": [
                            15.0,
                            15.0
                        ],
                        "gridsnaponopen": 1,
                        "objectsnaponopen": 1,
                        "statusbarvisible": 2,
                        "toolbarvisible": 1,
                        "lefttoolbarpinned": 0,
                        "toptoolbarpinned": 0,
                        "righttoolbarpinned": 0,
                        "bottomtoolbarpinned": 0,
                        "toolbars_unpinned_last_save": 0,
                        "tallnewobj": 0,
                        "boxanimatetime": 200,
                        "enablehscroll": 1,
                        "enablevscroll": 1,
                        "devicewidth": 0.0,
                        "description": "",
                        "digest": "",
                        "tags": "",
                        "style": "",
                        "subpatcher_template": "",
                        "assistshowspatchername": 0,
                        "boxes": [
                            {
                                "box": {
                                    "id": "obj-1",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        10.0,
                                        467,
                                        20.0
                                    ],
                                    "text": "INLET: plain messages: a parameter and its value (top_p 0.8), or a command and its"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-2",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        32.0,
                                        359,
                                        20.0
                                    ],
                                    "text": "arguments (start, load_agent /path/to/agent, region track song1)."
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-3",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        54.0,
                                        480,
                                        20.0
                                    ],
                                    "text": "OUTLETS: 1 parameters (NAME VALUE)  2 state (KEY VALUE)  3 errors and warnings"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-4",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        76.0,
                                        383,
                                        20.0
                                    ],
                                    "text": "4 events and acknowledgements (ok ..., event ...)  5 connected (1 / 0)"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-5",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        98.0,
                                        101,
                                        20.0
                                    ],
                                    "text": "PARAMETERS:"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-6",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        120.0,
                                        374,
                                        20.0
                                    ],
                                    "text": "top_p (float 0.01..1): nucleus sampling mass: lower = safer choices"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-7",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        142.0,
                                        421,
                                        20.0
                                    ],
                                    "text": "temperature (float 0..3): sampling temperature; 0 = always the likeliest label"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-8",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        164.0,
                                        347,
                                        20.0
                                    ],
                                    "text": "constrain (bool): only labels the target corpus has (hard mask)"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-9",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        186.0,
                                        211,
                                        20.0
                                    ],
                                    "text": "gain (float -60..12): output gain in dB"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-10",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        208.0,
                                        404,
                                        20.0
                                    ],
                                    "text": "ceiling (float -24..0): safety limiter (always on): true-peak ceiling in dBFS"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-11",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        230.0,
                                        277,
                                        20.0
                                    ],
                                    "text": "dry_wet (float 0..1): 0 = input only, 1 = agent only"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-12",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        252.0,
                                        277,
                                        20.0
                                    ],
                                    "text": "mute (bool): silence the agent (it keeps listening)"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-13",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        274.0,
                                        437,
                                        20.0
                                    ],
                                    "text": "continuity (float 0..10): preference for the segment that followed in its recording"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-14",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        296.0,
                                        390,
                                        20.0
                                    ],
                                    "text": "novelty (float 0..10): penalty for segments heard in the novelty window"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-15",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        318.0,
                                        413,
                                        20.0
                                    ],
                                    "text": "novelty_window (float 0..120): seconds a played segment counts as recent"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-16",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        340.0,
                                        367,
                                        20.0
                                    ],
                                    "text": "loudness (float 0..5): preference for segments as loud as the input"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-17",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        362.0,
                                        349,
                                        20.0
                                    ],
                                    "text": "randomness (float 0..5): variety among equally good segments"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-18",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        384.0,
                                        344,
                                        20.0
                                    ],
                                    "text": "max_run (int 1..256): longest verbatim run from one recording"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-19",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        406.0,
                                        333,
                                        20.0
                                    ],
                                    "text": "crossfade (float 0..200): crossfade between segments in ms"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-20",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        428.0,
                                        403,
                                        20.0
                                    ],
                                    "text": "duration (float 0.05..4): grid tick in seconds (0.05..4); 0 = the agent's own"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-21",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        450.0,
                                        369,
                                        20.0
                                    ],
                                    "text": "channels (int 1..64): number of output channels the agent plays on"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-22",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        472.0,
                                        353,
                                        20.0
                                    ],
                                    "text": "first_channel (int 0..63): first device output channel of the agent"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-23",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        494.0,
                                        529,
                                        20.0
                                    ],
                                    "text": "placement (str center/fixed/roundrobin/random/label): how segments are placed on the channels"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-24",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        516.0,
                                        371,
                                        20.0
                                    ],
                                    "text": "automix (bool): output level follows the input's short-term loudness"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-25",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        538.0,
                                        397,
                                        20.0
                                    ],
                                    "text": "automix_offset (float -24..12): automix target: input loudness + this (LU)"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-26",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        560.0,
                                        251,
                                        20.0
                                    ],
                                    "text": "midi_clock (bool): MIDI clock drives the grid"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-27",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        582.0,
                                        416,
                                        20.0
                                    ],
                                    "text": "clock_beats (float 0.0625..8): with MIDI clock: beats (quarter notes) per tick"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-28",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        604.0,
                                        375,
                                        20.0
                                    ],
                                    "text": "state_rate (float 0..100): state messages per second sent over OSC"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-29",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        626.0,
                                        89,
                                        20.0
                                    ],
                                    "text": "COMMANDS:"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-30",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        648.0,
                                        198,
                                        20.0
                                    ],
                                    "text": "load_agent s: load an agent folder"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-31",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        670.0,
                                        380,
                                        20.0
                                    ],
                                    "text": "load_corpus s[s]: load a target corpus folder, optionally one role of it"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-32",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        692.0,
                                        249,
                                        20.0
                                    ],
                                    "text": "get s: reply /obbligato/param NAME VALUE"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-33",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        714.0,
                                        158,
                                        20.0
                                    ],
                                    "text": "status : reply the state now"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-34",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        736.0,
                                        406,
                                        20.0
                                    ],
                                    "text": "feedback s[i]: like, dislike or ban what is playing now; 1 = the whole label"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-35",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        758.0,
                                        365,
                                        20.0
                                    ],
                                    "text": "guide s[s...]: listen to: input | self | playlist FILE.. | alternate FILE.."
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-36",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        780.0,
                                        422,
                                        20.0
                                    ],
                                    "text": "listen s[i]: hear: input [CHANNEL] | AGENT (another agent's output: a chain)"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-37",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        802.0,
                                        429,
                                        20.0
                                    ],
                                    "text": "region s...: restrict choices: tag T.. | track NAME.. | time A B | labels L.. | clear"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-38",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        824.0,
                                        353,
                                        20.0
                                    ],
                                    "text": "preset_save s: save the parameters as a named preset (TOML)"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-39",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        846.0,
                                        211,
                                        20.0
                                    ],
                                    "text": "preset_load s: recall a named preset"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-40",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        868.0,
                                        428,
                                        20.0
                                    ],
                                    "text": "snapshot_save s: save the generative state now (resume a rehearsal exactly)"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-41",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        890.0,
                                        281,
                                        20.0
                                    ],
                                    "text": "snapshot_load s: restore a saved generative state"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-42",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        912.0,
                                        412,
                                        20.0
                                    ],
                                    "text": "record_start [i]: record the input (or input CHANNEL) into the target corpus"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-43",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        934.0,
                                        396,
                                        20.0
                                    ],
                                    "text": "record_stop : stop recording; replies the song name and segment count"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-44",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        956.0,
                                        404,
                                        20.0
                                    ],
                                    "text": "start : start playing (every agent with an agent folder and a target corpus)"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-45",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        978.0,
                                        113,
                                        20.0
                                    ],
                                    "text": "stop : stop playing"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-46",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        1000.0,
                                        602,
                                        20.0
                                    ],
                                    "text": "reply_to i[s]: send replies and state to this port (and host: the sender's, or one named at start with --reply-host)"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-47",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        1022.0,
                                        998,
                                        20.0
                                    ],
                                    "text": "subscribe s[i]: a patch for agent NAME: its replies and state (as /obbligato/NAME/...) and the process's go to PORT, or back to the sending port; `schema` then answers NAME's only"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-48",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        1044.0,
                                        444,
                                        20.0
                                    ],
                                    "text": "midi_learn s: the next MIDI CC moved controls this parameter (of the first agent)"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-49",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        1066.0,
                                        379,
                                        20.0
                                    ],
                                    "text": "schema : reply every address with its types, range and current value"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-50",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        1088.0,
                                        421,
                                        20.0
                                    ],
                                    "text": "agents : reply /obbligato/agent NAME FOLDER CORPUS LISTEN per agent"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-51",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        1110.0,
                                        506,
                                        20.0
                                    ],
                                    "text": "add_agent s[s][s]: add an agent NAME (and load its FOLDER and CORPUS); when stopped"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-52",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        1132.0,
                                        458,
                                        20.0
                                    ],
                                    "text": "focus s: addresses without an agent name (and the patches) control this agent now"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-53",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        1154.0,
                                        224,
                                        20.0
                                    ],
                                    "text": "quit : stop and exit `obbligato serve`"
                                }
                            }
                        ],
                        "lines": [],
                        "dependency_cache": [],
                        "autosave": 0,
                        "showontab": 1
                    },
                    "text": "p reference",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-3",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        220.0,
                        10.0,
                        58,
                        22.0
                    ],
                    "patcher": {
                        "fileversion": 1,
                        "appversion": {
                            "major": 8,
                            "minor": 5,
                            "revision": 5,
                            "architecture": "x64",
                            "modernui": 1
                        },
                        "classnamespace": "box",
                        "rect": [
                            40.0,
                            80.0,
                            533.0,
                            310.0
                        ],
                        "bglocked": 0,
                        "openinpresentation": 0,
                        "default_fontsize": 12.0,
                        "default_fontface": 0,
                        "default_fontname": "Arial",
                        "gridonopen": 1,
                        "gridsize": [
                            15.0,
                            15.0
                        ],
                        "gridsnaponopen": 1,
                        "objectsnaponopen": 1,
                        "statusbarvisible": 2,
                        "toolbarvisible": 1,
                        "lefttoolbarpinned": 0,
                        "toptoolbarpinned": 0,
                        "righttoolbarpinned": 0,
                        "bottomtoolbarpinned": 0,
                        "toolbars_unpinned_last_save": 0,
                        "tallnewobj": 0,
                        "boxanimatetime": 200,
                        "enablehscroll": 1,
                        "enablevscroll": 1,
                        "devicewidth": 0.0,
                        "description": "",
                        "digest": "",
                        "tags": "",
                        "style": "",
                        "subpatcher_template": "",
                        "assistshowspatchername": 0,
                        "boxes": [
                            {
                                "box": {
                                    "id": "obj-1",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        10.0,
                                        493,
                                        20.0
                                    ],
                                    "text": "The server is a Python program: install obbligato (see the package README). Below, set"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-2",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        32.0,
                                        475,
                                        20.0
                                    ],
                                    "text": "command to its path (.../obbligato/.venv/bin/obbligato) and click start (node.script runs"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-3",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        54.0,
                                        382,
                                        20.0
                                    ],
                                    "text": "it); or in a terminal: obbligato serve. It listens on 127.0.0.1 port 9000."
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-4",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        76.0,
                                        477,
                                        20.0
                                    ],
                                    "text": "The object subscribes every second until the server answers: start the server before or"
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-5",
                                    "maxclass": "comment",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        98.0,
                                        475,
                                        20.0
                                    ],
                                    "text": "after the patch, restart it mid-show: the light comes back on and every control resyncs."
                                }
                            },
                            {
                                "box": {
                                    "id": "obj-6",
                                    "maxclass": "bpatcher",
                                    "numinlets": 1,
                                    "numoutlets": 0,
                                    "patching_rect": [
                                        10.0,
                                        130.0,
                                        420.0,
                                        120.0
                                    ],
                                    "outlettype": [],
                                    "name": "obbligato.server.maxpat"
                                }
                            }
                        ],
                        "lines": [],
                        "dependency_cache": [],
                        "autosave": 0,
                        "showontab": 1
                    },
                    "text": "p server",
                    "outlettype": [
                        ""
                    ]
                }
            }
        ],
        "lines": [],
        "dependency_cache": [],
        "autosave": 0
    }
}