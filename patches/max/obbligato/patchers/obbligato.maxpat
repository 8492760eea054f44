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
            60.0,
            80.0,
            5810.0,
            1080.0
        ],
        "bglocked": 0,
        "openinpresentation": 1,
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
        "devicewidth": 650.0,
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
                    "maxclass": "inlet",
                    "numinlets": 0,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        20.0,
                        40.0,
                        22.0
                    ],
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
                        20.0,
                        50.0,
                        145.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend /obbligato/main"
                }
            },
            {
                "box": {
                    "id": "obj-3",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        20.0,
                        80.0,
                        144.0,
                        22.0
                    ],
                    "outlettype": [],
                    "text": "udpsend 127.0.0.1 9000"
                }
            },
            {
                "box": {
                    "id": "obj-4",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        110.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "loadbang"
                }
            },
            {
                "box": {
                    "id": "obj-5",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 3,
                    "patching_rect": [
                        20.0,
                        140.0,
                        48.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        ""
                    ],
                    "text": "t b b b"
                }
            },
            {
                "box": {
                    "id": "obj-6",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        170.0,
                        92.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "random 30000"
                }
            },
            {
                "box": {
                    "id": "obj-7",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        200.0,
                        58.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "+ 20000"
                }
            },
            {
                "box": {
                    "id": "obj-8",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        20.0,
                        230.0,
                        40.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "t i i"
                }
            },
            {
                "box": {
                    "id": "obj-9",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        260.0,
                        104.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "udpreceive 9001"
                }
            },
            {
                "box": {
                    "id": "obj-10",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        290.0,
                        83.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend port"
                }
            },
            {
                "box": {
                    "id": "obj-11",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        320.0,
                        59.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "pack s 0"
                }
            },
            {
                "box": {
                    "id": "obj-12",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        20.0,
                        350.0,
                        138.0,
                        22.0
                    ],
                    "outlettype": [
                        "list",
                        "list"
                    ],
                    "text": "patcherargs main 9000"
                }
            },
            {
                "box": {
                    "id": "obj-13",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        20.0,
                        380.0,
                        93.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "unpack s 9000"
                }
            },
            {
                "box": {
                    "id": "obj-14",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        410.0,
                        144.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "sprintf set /obbligato/%s"
                }
            },
            {
                "box": {
                    "id": "obj-15",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        440.0,
                        83.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend port"
                }
            },
            {
                "box": {
                    "id": "obj-16",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        470.0,
                        75.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "metro 1000"
                }
            },
            {
                "box": {
                    "id": "obj-17",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        500.0,
                        40.0,
                        22.0
                    ],
                    "text": "1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-18",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        530.0,
                        114.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend subscribe"
                }
            },
            {
                "box": {
                    "id": "obj-19",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        20.0,
                        560.0,
                        63.0,
                        22.0
                    ],
                    "outlettype": [
                        "inactive",
                        "inactive"
                    ],
                    "text": "zl slice 1"
                }
            },
            {
                "box": {
                    "id": "obj-20",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        20.0,
                        590.0,
                        150.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "fromsymbol @separator /"
                }
            },
            {
                "box": {
                    "id": "obj-21",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        20.0,
                        620.0,
                        47.0,
                        22.0
                    ],
                    "outlettype": [
                        "inactive",
                        "inactive"
                    ],
                    "text": "zl join"
                }
            },
            {
                "box": {
                    "id": "obj-22",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        20.0,
                        650.0,
                        95.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route obbligato"
                }
            },
            {
                "box": {
                    "id": "obj-23",
                    "maxclass": "newobj",
                    "numinlets": 4,
                    "numoutlets": 4,
                    "patching_rect": [
                        20.0,
                        680.0,
                        175.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route heartbeat warning event"
                }
            },
            {
                "box": {
                    "id": "obj-24",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        20.0,
                        710.0,
                        63.0,
                        22.0
                    ],
                    "outlettype": [
                        "inactive",
                        "inactive"
                    ],
                    "text": "zl slice 1"
                }
            },
            {
                "box": {
                    "id": "obj-25",
                    "maxclass": "newobj",
                    "numinlets": 6,
                    "numoutlets": 6,
                    "patching_rect": [
                        20.0,
                        740.0,
                        199.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route param schema state error ok"
                }
            },
            {
                "box": {
                    "id": "obj-26",
                    "maxclass": "outlet",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        20.0,
                        1000.0,
                        50.0,
                        22.0
                    ],
                    "outlettype": []
                }
            },
            {
                "box": {
                    "id": "obj-27",
                    "maxclass": "outlet",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        90.0,
                        1000.0,
                        50.0,
                        22.0
                    ],
                    "outlettype": []
                }
            },
            {
                "box": {
                    "id": "obj-28",
                    "maxclass": "outlet",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        160.0,
                        1000.0,
                        50.0,
                        22.0
                    ],
                    "outlettype": []
                }
            },
            {
                "box": {
                    "id": "obj-29",
                    "maxclass": "outlet",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        230.0,
                        1000.0,
                        50.0,
                        22.0
                    ],
                    "outlettype": []
                }
            },
            {
                "box": {
                    "id": "obj-30",
                    "maxclass": "outlet",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        300.0,
                        1000.0,
                        50.0,
                        22.0
                    ],
                    "outlettype": []
                }
            },
            {
                "box": {
                    "id": "obj-31",
                    "maxclass": "newobj",
                    "numinlets": 24,
                    "numoutlets": 24,
                    "patching_rect": [
                        350.0,
                        20.0,
                        1296.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route top_p temperature constrain gain ceiling dry_wet mute continuity novelty novelty_window loudness randomness max_run crossfade duration channels first_channel placement automix automix_offset midi_clock clock_beats state_rate"
                }
            },
            {
                "box": {
                    "id": "obj-32",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        1670.0,
                        20.0,
                        63.0,
                        22.0
                    ],
                    "outlettype": [
                        "inactive",
                        "inactive"
                    ],
                    "text": "zl slice 1"
                }
            },
            {
                "box": {
                    "id": "obj-33",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        1670.0,
                        50.0,
                        54.0,
                        22.0
                    ],
                    "outlettype": [
                        "inactive",
                        "inactive"
                    ],
                    "text": "zl nth 4"
                }
            },
            {
                "box": {
                    "id": "obj-34",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        1670.0,
                        80.0,
                        47.0,
                        22.0
                    ],
                    "outlettype": [
                        "inactive",
                        "inactive"
                    ],
                    "text": "zl join"
                }
            },
            {
                "box": {
                    "id": "obj-35",
                    "maxclass": "newobj",
                    "numinlets": 16,
                    "numoutlets": 16,
                    "patching_rect": [
                        2000.0,
                        20.0,
                        983.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route running ticks heard played segment xruns dropouts errors recorded_segments reaction_latency_ms callback_p99_ms callback_gap_max_ms worker_p99_ms cpu_load source"
                }
            },
            {
                "box": {
                    "id": "obj-36",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        20.0,
                        200.0,
                        22.0
                    ],
                    "text": "",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        780.0,
                        638.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-37",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        50.0,
                        87.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend error"
                }
            },
            {
                "box": {
                    "id": "obj-38",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        80.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-39",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        110.0,
                        105.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend warning"
                }
            },
            {
                "box": {
                    "id": "obj-40",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        140.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-41",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        170.0,
                        75.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend ok"
                }
            },
            {
                "box": {
                    "id": "obj-42",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        200.0,
                        91.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend event"
                }
            },
            {
                "box": {
                    "id": "obj-43",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3320.0,
                        230.0,
                        40.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "t b b"
                }
            },
            {
                "box": {
                    "id": "obj-44",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        260.0,
                        40.0,
                        22.0
                    ],
                    "text": "1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-45",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        290.0,
                        74.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "delay 3000"
                }
            },
            {
                "box": {
                    "id": "obj-46",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        320.0,
                        40.0,
                        22.0
                    ],
                    "text": "0",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-47",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 3,
                    "patching_rect": [
                        3320.0,
                        350.0,
                        54.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        ""
                    ],
                    "text": "change"
                }
            },
            {
                "box": {
                    "id": "obj-48",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 3,
                    "patching_rect": [
                        3320.0,
                        380.0,
                        40.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        ""
                    ],
                    "text": "t i i i"
                }
            },
            {
                "box": {
                    "id": "obj-49",
                    "maxclass": "led",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        410.0,
                        24.0,
                        22.0
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        620.0,
                        6.0,
                        20.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-50",
                    "maxclass": "newobj",
                    "numinlets": 3,
                    "numoutlets": 3,
                    "patching_rect": [
                        3320.0,
                        440.0,
                        51.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        ""
                    ],
                    "text": "sel 0 1"
                }
            },
            {
                "box": {
                    "id": "obj-51",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        470.0,
                        40.0,
                        22.0
                    ],
                    "text": "0",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-52",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        500.0,
                        57.0,
                        22.0
                    ],
                    "text": "schema",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-53",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3320.0,
                        530.0,
                        80.0,
                        22.0
                    ],
                    "text": "obbligato",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        6.0,
                        80.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-54",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        560.0,
                        120.0,
                        22.0
                    ],
                    "text": "",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        90.0,
                        6.0,
                        160.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-55",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        590.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-56",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3320.0,
                        620.0,
                        45.0,
                        22.0
                    ],
                    "text": "top_p",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        34.0,
                        45.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-57",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3320.0,
                        650.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        54.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-58",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        680.0,
                        92.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend top_p"
                }
            },
            {
                "box": {
                    "id": "obj-59",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        710.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-60",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3320.0,
                        740.0,
                        79.0,
                        22.0
                    ],
                    "text": "temperature",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        34.0,
                        79.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-61",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3320.0,
                        770.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        54.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-62",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        800.0,
                        127.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend temperature"
                }
            },
            {
                "box": {
                    "id": "obj-63",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        830.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-64",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3320.0,
                        860.0,
                        64.0,
                        22.0
                    ],
                    "text": "constrain",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        34.0,
                        64.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-65",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3320.0,
                        890.0,
                        24.0,
                        22.0
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        54.0,
                        20.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-66",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        20.0,
                        111.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend constrain"
                }
            },
            {
                "box": {
                    "id": "obj-67",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        50.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-68",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3650.0,
                        80.0,
                        40.0,
                        22.0
                    ],
                    "text": "gain",
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        34.0,
                        40.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-69",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3650.0,
                        110.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        54.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-70",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        140.0,
                        85.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend gain"
                }
            },
            {
                "box": {
                    "id": "obj-71",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        170.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-72",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3650.0,
                        200.0,
                        51.0,
                        22.0
                    ],
                    "text": "ceiling",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        78.0,
                        51.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-73",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3650.0,
                        230.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        98.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-74",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        260.0,
                        98.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend ceiling"
                }
            },
            {
                "box": {
                    "id": "obj-75",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        290.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-76",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3650.0,
                        320.0,
                        57.0,
                        22.0
                    ],
                    "text": "dry_wet",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        78.0,
                        57.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-77",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3650.0,
                        350.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        98.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-78",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        380.0,
                        104.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend dry_wet"
                }
            },
            {
                "box": {
                    "id": "obj-79",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        410.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-80",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3650.0,
                        440.0,
                        41.0,
                        22.0
                    ],
                    "text": "mute",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        78.0,
                        41.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-81",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        470.0,
                        24.0,
                        22.0
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        98.0,
                        20.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-82",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        500.0,
                        89.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend mute"
                }
            },
            {
                "box": {
                    "id": "obj-83",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        530.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-84",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3650.0,
                        560.0,
                        67.0,
                        22.0
                    ],
                    "text": "continuity",
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        78.0,
                        67.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-85",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3650.0,
                        590.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        98.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-86",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        620.0,
                        114.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend continuity"
                }
            },
            {
                "box": {
                    "id": "obj-87",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        650.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-88",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3650.0,
                        680.0,
                        53.0,
                        22.0
                    ],
                    "text": "novelty",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        122.0,
                        53.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-89",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3650.0,
                        710.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        142.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-90",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        740.0,
                        101.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend novelty"
                }
            },
            {
                "box": {
                    "id": "obj-91",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        770.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-92",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3650.0,
                        800.0,
                        101.0,
                        22.0
                    ],
                    "text": "novelty_window",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        122.0,
                        101.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-93",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3650.0,
                        830.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        142.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-94",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        860.0,
                        148.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend novelty_window"
                }
            },
            {
                "box": {
                    "id": "obj-95",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3650.0,
                        890.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-96",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3980.0,
                        20.0,
                        63.0,
                        22.0
                    ],
                    "text": "loudness",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        122.0,
                        63.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-97",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3980.0,
                        50.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        142.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-98",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        80.0,
                        111.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend loudness"
                }
            },
            {
                "box": {
                    "id": "obj-99",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        110.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-100",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3980.0,
                        140.0,
                        81.0,
                        22.0
                    ],
                    "text": "randomness",
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        122.0,
                        81.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-101",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3980.0,
                        170.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        142.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-102",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        200.0,
                        128.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend randomness"
                }
            },
            {
                "box": {
                    "id": "obj-103",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        230.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-104",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3980.0,
                        260.0,
                        61.0,
                        22.0
                    ],
                    "text": "max_run",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        166.0,
                        61.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-105",
                    "maxclass": "number",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3980.0,
                        290.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        186.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-106",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        320.0,
                        109.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend max_run"
                }
            },
            {
                "box": {
                    "id": "obj-107",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        350.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-108",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3980.0,
                        380.0,
                        67.0,
                        22.0
                    ],
                    "text": "crossfade",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        166.0,
                        67.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-109",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3980.0,
                        410.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        186.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-110",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        440.0,
                        114.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend crossfade"
                }
            },
            {
                "box": {
                    "id": "obj-111",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        470.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-112",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3980.0,
                        500.0,
                        59.0,
                        22.0
                    ],
                    "text": "duration",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        166.0,
                        59.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-113",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3980.0,
                        530.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        186.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-114",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        560.0,
                        106.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend duration"
                }
            },
            {
                "box": {
                    "id": "obj-115",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        590.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-116",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3980.0,
                        620.0,
                        63.0,
                        22.0
                    ],
                    "text": "channels",
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        166.0,
                        63.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-117",
                    "maxclass": "number",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3980.0,
                        650.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        186.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-118",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        680.0,
                        111.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend channels"
                }
            },
            {
                "box": {
                    "id": "obj-119",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        710.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-120",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3980.0,
                        740.0,
                        84.0,
                        22.0
                    ],
                    "text": "first_channel",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        210.0,
                        84.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-121",
                    "maxclass": "number",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3980.0,
                        770.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        230.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-122",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        800.0,
                        131.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend first_channel"
                }
            },
            {
                "box": {
                    "id": "obj-123",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3980.0,
                        830.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-124",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3980.0,
                        860.0,
                        71.0,
                        22.0
                    ],
                    "text": "placement",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        210.0,
                        71.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-125",
                    "maxclass": "umenu",
                    "numinlets": 1,
                    "numoutlets": 3,
                    "patching_rect": [
                        3980.0,
                        890.0,
                        110.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        ""
                    ],
                    "items": [
                        "center",
                        ",",
                        "fixed",
                        ",",
                        "roundrobin",
                        ",",
                        "random",
                        ",",
                        "label"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        230.0,
                        93.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-126",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        20.0,
                        118.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend placement"
                }
            },
            {
                "box": {
                    "id": "obj-127",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        50.0,
                        117.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend setsymbol"
                }
            },
            {
                "box": {
                    "id": "obj-128",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4310.0,
                        80.0,
                        57.0,
                        22.0
                    ],
                    "text": "automix",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        210.0,
                        57.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-129",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        110.0,
                        24.0,
                        22.0
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        230.0,
                        20.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-130",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        140.0,
                        105.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend automix"
                }
            },
            {
                "box": {
                    "id": "obj-131",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        170.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-132",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4310.0,
                        200.0,
                        93.0,
                        22.0
                    ],
                    "text": "automix_offset",
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        210.0,
                        93.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-133",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        4310.0,
                        230.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        230.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-134",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        260.0,
                        141.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend automix_offset"
                }
            },
            {
                "box": {
                    "id": "obj-135",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        290.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-136",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4310.0,
                        320.0,
                        73.0,
                        22.0
                    ],
                    "text": "midi_clock",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        254.0,
                        73.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-137",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        350.0,
                        24.0,
                        22.0
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        274.0,
                        20.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-138",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        380.0,
                        120.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend midi_clock"
                }
            },
            {
                "box": {
                    "id": "obj-139",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        410.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-140",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4310.0,
                        440.0,
                        79.0,
                        22.0
                    ],
                    "text": "clock_beats",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        254.0,
                        79.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-141",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        4310.0,
                        470.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        274.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-142",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        500.0,
                        126.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend clock_beats"
                }
            },
            {
                "box": {
                    "id": "obj-143",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        530.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-144",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4310.0,
                        560.0,
                        68.0,
                        22.0
                    ],
                    "text": "state_rate",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        254.0,
                        68.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-145",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        4310.0,
                        590.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        274.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-146",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        620.0,
                        115.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend state_rate"
                }
            },
            {
                "box": {
                    "id": "obj-147",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        650.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-148",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        680.0,
                        40.0,
                        22.0
                    ],
                    "text": "start",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        318.0,
                        40.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-149",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        710.0,
                        40.0,
                        22.0
                    ],
                    "text": "stop",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        318.0,
                        40.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-150",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4310.0,
                        740.0,
                        72.0,
                        22.0
                    ],
                    "text": "midi_learn",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        298.0,
                        72.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-151",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        770.0,
                        119.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend midi_learn"
                }
            },
            {
                "box": {
                    "id": "obj-152",
                    "maxclass": "textedit",
                    "numinlets": 1,
                    "numoutlets": 4,
                    "patching_rect": [
                        4310.0,
                        800.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "keymode": 1,
                    "lines": 1,
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        318.0,
                        148.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-153",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        4310.0,
                        830.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route text"
                }
            },
            {
                "box": {
                    "id": "obj-154",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        860.0,
                        57.0,
                        22.0
                    ],
                    "text": "schema",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        318.0,
                        57.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-155",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4310.0,
                        890.0,
                        51.0,
                        22.0
                    ],
                    "text": "agents",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        362.0,
                        51.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-156",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4640.0,
                        20.0,
                        71.0,
                        22.0
                    ],
                    "text": "add_agent",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        342.0,
                        71.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-157",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        50.0,
                        119.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend add_agent"
                }
            },
            {
                "box": {
                    "id": "obj-158",
                    "maxclass": "textedit",
                    "numinlets": 1,
                    "numoutlets": 4,
                    "patching_rect": [
                        4640.0,
                        80.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "keymode": 1,
                    "lines": 1,
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        362.0,
                        148.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-159",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        4640.0,
                        110.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route text"
                }
            },
            {
                "box": {
                    "id": "obj-160",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4640.0,
                        140.0,
                        43.0,
                        22.0
                    ],
                    "text": "focus",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        342.0,
                        43.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-161",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        170.0,
                        91.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend focus"
                }
            },
            {
                "box": {
                    "id": "obj-162",
                    "maxclass": "textedit",
                    "numinlets": 1,
                    "numoutlets": 4,
                    "patching_rect": [
                        4640.0,
                        200.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "keymode": 1,
                    "lines": 1,
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        362.0,
                        148.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-163",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        4640.0,
                        230.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route text"
                }
            },
            {
                "box": {
                    "id": "obj-164",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        260.0,
                        40.0,
                        22.0
                    ],
                    "text": "quit",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        362.0,
                        40.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-165",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4640.0,
                        290.0,
                        75.0,
                        22.0
                    ],
                    "text": "load_agent",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        386.0,
                        75.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-166",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        320.0,
                        122.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend load_agent"
                }
            },
            {
                "box": {
                    "id": "obj-167",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        350.0,
                        80.0,
                        22.0
                    ],
                    "text": "choose...",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        406.0,
                        80.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-168",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        4640.0,
                        380.0,
                        98.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "opendialog fold"
                }
            },
            {
                "box": {
                    "id": "obj-169",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        4640.0,
                        410.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "symbol",
                        "int"
                    ],
                    "text": "conformpath slash boot"
                }
            },
            {
                "box": {
                    "id": "obj-170",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4640.0,
                        440.0,
                        81.0,
                        22.0
                    ],
                    "text": "load_corpus",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        386.0,
                        81.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-171",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        470.0,
                        128.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend load_corpus"
                }
            },
            {
                "box": {
                    "id": "obj-172",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        500.0,
                        80.0,
                        22.0
                    ],
                    "text": "choose...",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        406.0,
                        80.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-173",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        4640.0,
                        530.0,
                        98.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "opendialog fold"
                }
            },
            {
                "box": {
                    "id": "obj-174",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        4640.0,
                        560.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "symbol",
                        "int"
                    ],
                    "text": "conformpath slash boot"
                }
            },
            {
                "box": {
                    "id": "obj-175",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4640.0,
                        590.0,
                        40.0,
                        22.0
                    ],
                    "text": "get",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        386.0,
                        40.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-176",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        620.0,
                        79.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend get"
                }
            },
            {
                "box": {
                    "id": "obj-177",
                    "maxclass": "textedit",
                    "numinlets": 1,
                    "numoutlets": 4,
                    "patching_rect": [
                        4640.0,
                        650.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "keymode": 1,
                    "lines": 1,
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        406.0,
                        148.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-178",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        4640.0,
                        680.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route text"
                }
            },
            {
                "box": {
                    "id": "obj-179",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        710.0,
                        47.0,
                        22.0
                    ],
                    "text": "status",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        406.0,
                        47.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-180",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        740.0,
                        86.0,
                        22.0
                    ],
                    "text": "feedback like",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        450.0,
                        86.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-181",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        770.0,
                        102.0,
                        22.0
                    ],
                    "text": "feedback dislike",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        450.0,
                        102.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-182",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        800.0,
                        87.0,
                        22.0
                    ],
                    "text": "feedback ban",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        450.0,
                        87.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-183",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4640.0,
                        830.0,
                        45.0,
                        22.0
                    ],
                    "text": "guide",
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        430.0,
                        45.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-184",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4640.0,
                        860.0,
                        92.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend guide"
                }
            },
            {
                "box": {
                    "id": "obj-185",
                    "maxclass": "textedit",
                    "numinlets": 1,
                    "numoutlets": 4,
                    "patching_rect": [
                        4640.0,
                        890.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "keymode": 1,
                    "lines": 1,
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        450.0,
                        148.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-186",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        4970.0,
                        20.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route text"
                }
            },
            {
                "box": {
                    "id": "obj-187",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4970.0,
                        50.0,
                        44.0,
                        22.0
                    ],
                    "text": "listen",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        474.0,
                        44.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-188",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4970.0,
                        80.0,
                        91.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend listen"
                }
            },
            {
                "box": {
                    "id": "obj-189",
                    "maxclass": "textedit",
                    "numinlets": 1,
                    "numoutlets": 4,
                    "patching_rect": [
                        4970.0,
                        110.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "keymode": 1,
                    "lines": 1,
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        494.0,
                        148.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-190",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        4970.0,
                        140.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route text"
                }
            },
            {
                "box": {
                    "id": "obj-191",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4970.0,
                        170.0,
                        49.0,
                        22.0
                    ],
                    "text": "region",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        474.0,
                        49.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-192",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4970.0,
                        200.0,
                        96.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend region"
                }
            },
            {
                "box": {
                    "id": "obj-193",
                    "maxclass": "textedit",
                    "numinlets": 1,
                    "numoutlets": 4,
                    "patching_rect": [
                        4970.0,
                        230.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "keymode": 1,
                    "lines": 1,
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        494.0,
                        148.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-194",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        4970.0,
                        260.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route text"
                }
            },
            {
                "box": {
                    "id": "obj-195",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4970.0,
                        290.0,
                        80.0,
                        22.0
                    ],
                    "text": "preset_save",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        474.0,
                        80.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-196",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4970.0,
                        320.0,
                        127.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend preset_save"
                }
            },
            {
                "box": {
                    "id": "obj-197",
                    "maxclass": "textedit",
                    "numinlets": 1,
                    "numoutlets": 4,
                    "patching_rect": [
                        4970.0,
                        350.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "keymode": 1,
                    "lines": 1,
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        494.0,
                        148.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-198",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        4970.0,
                        380.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route text"
                }
            },
            {
                "box": {
                    "id": "obj-199",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4970.0,
                        410.0,
                        78.0,
                        22.0
                    ],
                    "text": "preset_load",
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        474.0,
                        78.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-200",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4970.0,
                        440.0,
                        125.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend preset_load"
                }
            },
            {
                "box": {
                    "id": "obj-201",
                    "maxclass": "textedit",
                    "numinlets": 1,
                    "numoutlets": 4,
                    "patching_rect": [
                        4970.0,
                        470.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "keymode": 1,
                    "lines": 1,
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        494.0,
                        148.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-202",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        4970.0,
                        500.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route text"
                }
            },
            {
                "box": {
                    "id": "obj-203",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4970.0,
                        530.0,
                        95.0,
                        22.0
                    ],
                    "text": "snapshot_save",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        518.0,
                        95.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-204",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4970.0,
                        560.0,
                        143.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend snapshot_save"
                }
            },
            {
                "box": {
                    "id": "obj-205",
                    "maxclass": "textedit",
                    "numinlets": 1,
                    "numoutlets": 4,
                    "patching_rect": [
                        4970.0,
                        590.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "keymode": 1,
                    "lines": 1,
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        538.0,
                        148.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-206",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        4970.0,
                        620.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route text"
                }
            },
            {
                "box": {
                    "id": "obj-207",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4970.0,
                        650.0,
                        93.0,
                        22.0
                    ],
                    "text": "snapshot_load",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        518.0,
                        93.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-208",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4970.0,
                        680.0,
                        141.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend snapshot_load"
                }
            },
            {
                "box": {
                    "id": "obj-209",
                    "maxclass": "textedit",
                    "numinlets": 1,
                    "numoutlets": 4,
                    "patching_rect": [
                        4970.0,
                        710.0,
                        140.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        ""
                    ],
                    "keymode": 1,
                    "lines": 1,
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        538.0,
                        148.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-210",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        4970.0,
                        740.0,
                        65.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "route text"
                }
            },
            {
                "box": {
                    "id": "obj-211",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4970.0,
                        770.0,
                        79.0,
                        22.0
                    ],
                    "text": "record_start",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        538.0,
                        79.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-212",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        4970.0,
                        800.0,
                        78.0,
                        22.0
                    ],
                    "text": "record_stop",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        538.0,
                        78.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-213",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        4970.0,
                        830.0,
                        55.0,
                        22.0
                    ],
                    "text": "running",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        562.0,
                        55.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-214",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        4970.0,
                        860.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        582.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-215",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        4970.0,
                        890.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-216",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5300.0,
                        20.0,
                        40.0,
                        22.0
                    ],
                    "text": "ticks",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        562.0,
                        40.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-217",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5300.0,
                        50.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        582.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-218",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5300.0,
                        80.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-219",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5300.0,
                        110.0,
                        45.0,
                        22.0
                    ],
                    "text": "heard",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        562.0,
                        45.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-220",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5300.0,
                        140.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        582.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-221",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5300.0,
                        170.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-222",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5300.0,
                        200.0,
                        51.0,
                        22.0
                    ],
                    "text": "played",
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        562.0,
                        51.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-223",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5300.0,
                        230.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        582.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-224",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5300.0,
                        260.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-225",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5300.0,
                        290.0,
                        61.0,
                        22.0
                    ],
                    "text": "segment",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        606.0,
                        61.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-226",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5300.0,
                        320.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        626.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-227",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5300.0,
                        350.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-228",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5300.0,
                        380.0,
                        44.0,
                        22.0
                    ],
                    "text": "xruns",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        606.0,
                        44.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-229",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5300.0,
                        410.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        626.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-230",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5300.0,
                        440.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-231",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5300.0,
                        470.0,
                        61.0,
                        22.0
                    ],
                    "text": "dropouts",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        606.0,
                        61.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-232",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5300.0,
                        500.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        626.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-233",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5300.0,
                        530.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-234",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5300.0,
                        560.0,
                        46.0,
                        22.0
                    ],
                    "text": "errors",
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        606.0,
                        46.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-235",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5300.0,
                        590.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        626.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-236",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5300.0,
                        620.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-237",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5300.0,
                        650.0,
                        121.0,
                        22.0
                    ],
                    "text": "recorded_segments",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        650.0,
                        121.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-238",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5300.0,
                        680.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        670.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-239",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5300.0,
                        710.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-240",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5300.0,
                        740.0,
                        126.0,
                        22.0
                    ],
                    "text": "reaction_latency_ms",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        650.0,
                        126.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-241",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5300.0,
                        770.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        670.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-242",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5300.0,
                        800.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-243",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5300.0,
                        830.0,
                        109.0,
                        22.0
                    ],
                    "text": "callback_p99_ms",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        650.0,
                        109.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-244",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5300.0,
                        860.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        670.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-245",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5300.0,
                        890.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-246",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5630.0,
                        20.0,
                        138.0,
                        22.0
                    ],
                    "text": "callback_gap_max_ms",
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        650.0,
                        138.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-247",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5630.0,
                        50.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        486.0,
                        670.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-248",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5630.0,
                        80.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-249",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5630.0,
                        110.0,
                        100.0,
                        22.0
                    ],
                    "text": "worker_p99_ms",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        694.0,
                        100.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-250",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5630.0,
                        140.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        714.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-251",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5630.0,
                        170.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-252",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5630.0,
                        200.0,
                        64.0,
                        22.0
                    ],
                    "text": "cpu_load",
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        694.0,
                        64.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-253",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        5630.0,
                        230.0,
                        70.0,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        166.0,
                        714.0,
                        70.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-254",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5630.0,
                        260.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-255",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5630.0,
                        290.0,
                        51.0,
                        22.0
                    ],
                    "text": "source",
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        694.0,
                        51.0,
                        20.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-256",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        5630.0,
                        320.0,
                        140.0,
                        22.0
                    ],
                    "text": "",
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        326.0,
                        714.0,
                        308.0,
                        22.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-257",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        5630.0,
                        350.0,
                        78.0,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-258",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        5630.0,
                        380.0,
                        123.0,
                        22.0
                    ],
                    "text": "last error or warning",
                    "presentation": 1,
                    "presentation_rect": [
                        6.0,
                        760.0,
                        123.0,
                        20.0
                    ]
                }
            }
        ],
        "lines": [
            {
                "patchline": {
                    "source": [
                        "obj-1",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-2",
                        0
                    ],
                    "destination": [
                        "obj-3",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-4",
                        0
                    ],
                    "destination": [
                        "obj-5",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-5",
                        0
                    ],
                    "destination": [
                        "obj-6",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-5",
                        2
                    ],
                    "destination": [
                        "obj-6",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-6",
                        0
                    ],
                    "destination": [
                        "obj-7",
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
                        "obj-8",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-8",
                        1
                    ],
                    "destination": [
                        "obj-10",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
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
                        "obj-11",
                        1
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-5",
                        1
                    ],
                    "destination": [
                        "obj-12",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-12",
                        0
                    ],
                    "destination": [
                        "obj-13",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-13",
                        0
                    ],
                    "destination": [
                        "obj-14",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-14",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-13",
                        0
                    ],
                    "destination": [
                        "obj-11",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-13",
                        1
                    ],
                    "destination": [
                        "obj-15",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-15",
                        0
                    ],
                    "destination": [
                        "obj-3",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-5",
                        0
                    ],
                    "destination": [
                        "obj-17",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-17",
                        0
                    ],
                    "destination": [
                        "obj-16",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-16",
                        0
                    ],
                    "destination": [
                        "obj-11",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-11",
                        0
                    ],
                    "destination": [
                        "obj-18",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-18",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-9",
                        0
                    ],
                    "destination": [
                        "obj-19",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-19",
                        0
                    ],
                    "destination": [
                        "obj-20",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-19",
                        1
                    ],
                    "destination": [
                        "obj-21",
                        1
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-20",
                        0
                    ],
                    "destination": [
                        "obj-21",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-21",
                        0
                    ],
                    "destination": [
                        "obj-22",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-22",
                        0
                    ],
                    "destination": [
                        "obj-23",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-23",
                        3
                    ],
                    "destination": [
                        "obj-24",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-24",
                        1
                    ],
                    "destination": [
                        "obj-25",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-25",
                        0
                    ],
                    "destination": [
                        "obj-31",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-25",
                        0
                    ],
                    "destination": [
                        "obj-26",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-25",
                        1
                    ],
                    "destination": [
                        "obj-32",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-32",
                        1
                    ],
                    "destination": [
                        "obj-33",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-33",
                        0
                    ],
                    "destination": [
                        "obj-34",
                        1
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-32",
                        0
                    ],
                    "destination": [
                        "obj-34",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-34",
                        0
                    ],
                    "destination": [
                        "obj-31",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-34",
                        0
                    ],
                    "destination": [
                        "obj-26",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-25",
                        2
                    ],
                    "destination": [
                        "obj-35",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-25",
                        2
                    ],
                    "destination": [
                        "obj-27",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-25",
                        3
                    ],
                    "destination": [
                        "obj-37",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-37",
                        0
                    ],
                    "destination": [
                        "obj-28",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-37",
                        0
                    ],
                    "destination": [
                        "obj-38",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-38",
                        0
                    ],
                    "destination": [
                        "obj-36",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-23",
                        1
                    ],
                    "destination": [
                        "obj-39",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-39",
                        0
                    ],
                    "destination": [
                        "obj-28",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-39",
                        0
                    ],
                    "destination": [
                        "obj-40",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-40",
                        0
                    ],
                    "destination": [
                        "obj-36",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-25",
                        4
                    ],
                    "destination": [
                        "obj-41",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-41",
                        0
                    ],
                    "destination": [
                        "obj-29",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-23",
                        2
                    ],
                    "destination": [
                        "obj-42",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-42",
                        0
                    ],
                    "destination": [
                        "obj-29",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-23",
                        0
                    ],
                    "destination": [
                        "obj-43",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-43",
                        0
                    ],
                    "destination": [
                        "obj-44",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-43",
                        1
                    ],
                    "destination": [
                        "obj-45",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-45",
                        0
                    ],
                    "destination": [
                        "obj-46",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-44",
                        0
                    ],
                    "destination": [
                        "obj-47",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-46",
                        0
                    ],
                    "destination": [
                        "obj-47",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-47",
                        0
                    ],
                    "destination": [
                        "obj-48",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-48",
                        2
                    ],
                    "destination": [
                        "obj-49",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-48",
                        1
                    ],
                    "destination": [
                        "obj-30",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-48",
                        0
                    ],
                    "destination": [
                        "obj-50",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-50",
                        0
                    ],
                    "destination": [
                        "obj-17",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-50",
                        1
                    ],
                    "destination": [
                        "obj-51",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-51",
                        0
                    ],
                    "destination": [
                        "obj-16",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-50",
                        1
                    ],
                    "destination": [
                        "obj-52",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-52",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-13",
                        0
                    ],
                    "destination": [
                        "obj-55",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-55",
                        0
                    ],
                    "destination": [
                        "obj-54",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-57",
                        0
                    ],
                    "destination": [
                        "obj-58",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-58",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        0
                    ],
                    "destination": [
                        "obj-59",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-59",
                        0
                    ],
                    "destination": [
                        "obj-57",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-61",
                        0
                    ],
                    "destination": [
                        "obj-62",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-62",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        1
                    ],
                    "destination": [
                        "obj-63",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-63",
                        0
                    ],
                    "destination": [
                        "obj-61",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-65",
                        0
                    ],
                    "destination": [
                        "obj-66",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-66",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        2
                    ],
                    "destination": [
                        "obj-67",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-67",
                        0
                    ],
                    "destination": [
                        "obj-65",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-69",
                        0
                    ],
                    "destination": [
                        "obj-70",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-70",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        3
                    ],
                    "destination": [
                        "obj-71",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-71",
                        0
                    ],
                    "destination": [
                        "obj-69",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-73",
                        0
                    ],
                    "destination": [
                        "obj-74",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-74",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        4
                    ],
                    "destination": [
                        "obj-75",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-75",
                        0
                    ],
                    "destination": [
                        "obj-73",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-77",
                        0
                    ],
                    "destination": [
                        "obj-78",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-78",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        5
                    ],
                    "destination": [
                        "obj-79",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-79",
                        0
                    ],
                    "destination": [
                        "obj-77",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-81",
                        0
                    ],
                    "destination": [
                        "obj-82",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-82",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        6
                    ],
                    "destination": [
                        "obj-83",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-83",
                        0
                    ],
                    "destination": [
                        "obj-81",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-85",
                        0
                    ],
                    "destination": [
                        "obj-86",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-86",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        7
                    ],
                    "destination": [
                        "obj-87",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        0
                    ],
                    "destination": [
                        "obj-85",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-89",
                        0
                    ],
                    "destination": [
                        "obj-90",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-90",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        8
                    ],
                    "destination": [
                        "obj-91",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-91",
                        0
                    ],
                    "destination": [
                        "obj-89",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-93",
                        0
                    ],
                    "destination": [
                        "obj-94",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-94",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        9
                    ],
                    "destination": [
                        "obj-95",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-95",
                        0
                    ],
                    "destination": [
                        "obj-93",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-97",
                        0
                    ],
                    "destination": [
                        "obj-98",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-98",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        10
                    ],
                    "destination": [
                        "obj-99",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-99",
                        0
                    ],
                    "destination": [
                        "obj-97",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-101",
                        0
                    ],
                    "destination": [
                        "obj-102",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-102",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        11
                    ],
                    "destination": [
                        "obj-103",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-103",
                        0
                    ],
                    "destination": [
                        "obj-101",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-105",
                        0
                    ],
                    "destination": [
                        "obj-106",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-106",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        12
                    ],
                    "destination": [
                        "obj-107",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-107",
                        0
                    ],
                    "destination": [
                        "obj-105",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-109",
                        0
                    ],
                    "destination": [
                        "obj-110",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-110",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        13
                    ],
                    "destination": [
                        "obj-111",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-111",
                        0
                    ],
                    "destination": [
                        "obj-109",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-113",
                        0
                    ],
                    "destination": [
                        "obj-114",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-114",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        14
                    ],
                    "destination": [
                        "obj-115",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-115",
                        0
                    ],
                    "destination": [
                        "obj-113",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-117",
                        0
                    ],
                    "destination": [
                        "obj-118",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-118",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        15
                    ],
                    "destination": [
                        "obj-119",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-119",
                        0
                    ],
                    "destination": [
                        "obj-117",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-121",
                        0
                    ],
                    "destination": [
                        "obj-122",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-122",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        16
                    ],
                    "destination": [
                        "obj-123",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-123",
                        0
                    ],
                    "destination": [
                        "obj-121",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-125",
                        1
                    ],
                    "destination": [
                        "obj-126",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-126",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        17
                    ],
                    "destination": [
                        "obj-127",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-127",
                        0
                    ],
                    "destination": [
                        "obj-125",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-129",
                        0
                    ],
                    "destination": [
                        "obj-130",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-130",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        18
                    ],
                    "destination": [
                        "obj-131",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-131",
                        0
                    ],
                    "destination": [
                        "obj-129",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-133",
                        0
                    ],
                    "destination": [
                        "obj-134",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-134",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        19
                    ],
                    "destination": [
                        "obj-135",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        0
                    ],
                    "destination": [
                        "obj-133",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-137",
                        0
                    ],
                    "destination": [
                        "obj-138",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-138",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        20
                    ],
                    "destination": [
                        "obj-139",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-139",
                        0
                    ],
                    "destination": [
                        "obj-137",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-141",
                        0
                    ],
                    "destination": [
                        "obj-142",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-142",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        21
                    ],
                    "destination": [
                        "obj-143",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-143",
                        0
                    ],
                    "destination": [
                        "obj-141",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-145",
                        0
                    ],
                    "destination": [
                        "obj-146",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-146",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        22
                    ],
                    "destination": [
                        "obj-147",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-147",
                        0
                    ],
                    "destination": [
                        "obj-145",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-148",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-149",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-151",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-152",
                        0
                    ],
                    "destination": [
                        "obj-153",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-153",
                        0
                    ],
                    "destination": [
                        "obj-151",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-153",
                        1
                    ],
                    "destination": [
                        "obj-151",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-154",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-155",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-157",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-158",
                        0
                    ],
                    "destination": [
                        "obj-159",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-159",
                        0
                    ],
                    "destination": [
                        "obj-157",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-159",
                        1
                    ],
                    "destination": [
                        "obj-157",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-161",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-162",
                        0
                    ],
                    "destination": [
                        "obj-163",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-163",
                        0
                    ],
                    "destination": [
                        "obj-161",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-163",
                        1
                    ],
                    "destination": [
                        "obj-161",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-164",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-166",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-167",
                        0
                    ],
                    "destination": [
                        "obj-168",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-168",
                        0
                    ],
                    "destination": [
                        "obj-169",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-169",
                        0
                    ],
                    "destination": [
                        "obj-166",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-171",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-172",
                        0
                    ],
                    "destination": [
                        "obj-173",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-173",
                        0
                    ],
                    "destination": [
                        "obj-174",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-174",
                        0
                    ],
                    "destination": [
                        "obj-171",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-176",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-177",
                        0
                    ],
                    "destination": [
                        "obj-178",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-178",
                        0
                    ],
                    "destination": [
                        "obj-176",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-178",
                        1
                    ],
                    "destination": [
                        "obj-176",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-179",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-180",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-181",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-182",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-184",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-185",
                        0
                    ],
                    "destination": [
                        "obj-186",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-186",
                        0
                    ],
                    "destination": [
                        "obj-184",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-186",
                        1
                    ],
                    "destination": [
                        "obj-184",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-188",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-189",
                        0
                    ],
                    "destination": [
                        "obj-190",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-190",
                        0
                    ],
                    "destination": [
                        "obj-188",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-190",
                        1
                    ],
                    "destination": [
                        "obj-188",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-192",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-193",
                        0
                    ],
                    "destination": [
                        "obj-194",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-194",
                        0
                    ],
                    "destination": [
                        "obj-192",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-194",
                        1
                    ],
                    "destination": [
                        "obj-192",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-196",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-197",
                        0
                    ],
                    "destination": [
                        "obj-198",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-198",
                        0
                    ],
                    "destination": [
                        "obj-196",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-198",
                        1
                    ],
                    "destination": [
                        "obj-196",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-200",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-201",
                        0
                    ],
                    "destination": [
                        "obj-202",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-202",
                        0
                    ],
                    "destination": [
                        "obj-200",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-202",
                        1
                    ],
                    "destination": [
                        "obj-200",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-204",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-205",
                        0
                    ],
                    "destination": [
                        "obj-206",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-206",
                        0
                    ],
                    "destination": [
                        "obj-204",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-206",
                        1
                    ],
                    "destination": [
                        "obj-204",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-208",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-209",
                        0
                    ],
                    "destination": [
                        "obj-210",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-210",
                        0
                    ],
                    "destination": [
                        "obj-208",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-210",
                        1
                    ],
                    "destination": [
                        "obj-208",
                        0
                    ],
                    "order": 1
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-211",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-212",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        0
                    ],
                    "destination": [
                        "obj-215",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-215",
                        0
                    ],
                    "destination": [
                        "obj-214",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        1
                    ],
                    "destination": [
                        "obj-218",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-218",
                        0
                    ],
                    "destination": [
                        "obj-217",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        2
                    ],
                    "destination": [
                        "obj-221",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-221",
                        0
                    ],
                    "destination": [
                        "obj-220",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        3
                    ],
                    "destination": [
                        "obj-224",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-224",
                        0
                    ],
                    "destination": [
                        "obj-223",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        4
                    ],
                    "destination": [
                        "obj-227",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-227",
                        0
                    ],
                    "destination": [
                        "obj-226",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        5
                    ],
                    "destination": [
                        "obj-230",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-230",
                        0
                    ],
                    "destination": [
                        "obj-229",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        6
                    ],
                    "destination": [
                        "obj-233",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-233",
                        0
                    ],
                    "destination": [
                        "obj-232",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        7
                    ],
                    "destination": [
                        "obj-236",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-236",
                        0
                    ],
                    "destination": [
                        "obj-235",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        8
                    ],
                    "destination": [
                        "obj-239",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-239",
                        0
                    ],
                    "destination": [
                        "obj-238",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        9
                    ],
                    "destination": [
                        "obj-242",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-242",
                        0
                    ],
                    "destination": [
                        "obj-241",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        10
                    ],
                    "destination": [
                        "obj-245",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-245",
                        0
                    ],
                    "destination": [
                        "obj-244",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        11
                    ],
                    "destination": [
                        "obj-248",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-248",
                        0
                    ],
                    "destination": [
                        "obj-247",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        12
                    ],
                    "destination": [
                        "obj-251",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-251",
                        0
                    ],
                    "destination": [
                        "obj-250",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        13
                    ],
                    "destination": [
                        "obj-254",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-254",
                        0
                    ],
                    "destination": [
                        "obj-253",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        14
                    ],
                    "destination": [
                        "obj-257",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-257",
                        0
                    ],
                    "destination": [
                        "obj-256",
                        0
                    ],
                    "order": 0
                }
            }
        ],
        "dependency_cache": [],
        "autosave": 0
    }
}